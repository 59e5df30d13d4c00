using System.Net;
using System.Text.Json;

namespace IamPortal.E2E.Oidc;

public sealed class TestOidcProviderTests
{
    private static readonly Uri PortalBaseUrl = new("http://127.0.0.1:5999/");
    private static readonly Uri RedirectUri = new(PortalBaseUrl, "signin-oidc");
    private static readonly Uri PostLogoutRedirectUri = new(PortalBaseUrl, "signout-callback-oidc");

    [Fact]
    public async Task Discovery_Get_ListsEndpointsCodeResponseTypeAndS256()
    {
        await using var provider = await TestOidcProvider.StartAsync(PortalBaseUrl);
        using var http = new HttpClient { BaseAddress = provider.Authority };

        using var discovery = JsonDocument.Parse(await http.GetStringAsync(".well-known/openid-configuration"));
        var root = discovery.RootElement;

        root.GetProperty("issuer").GetString().Should().Be(provider.Authority.AbsoluteUri);
        root.GetProperty("authorization_endpoint").GetString().Should().Be(new Uri(provider.Authority, "connect/authorize").AbsoluteUri);
        root.GetProperty("token_endpoint").GetString().Should().Be(new Uri(provider.Authority, "connect/token").AbsoluteUri);
        root.GetProperty("userinfo_endpoint").GetString().Should().Be(new Uri(provider.Authority, "connect/userinfo").AbsoluteUri);
        root.GetProperty("end_session_endpoint").GetString().Should().Be(new Uri(provider.Authority, "connect/endsession").AbsoluteUri);
        Strings(root, "response_types_supported").Should().Contain("code");
        Strings(root, "code_challenge_methods_supported").Should().Contain("S256");
        Strings(root, "scopes_supported").Should().Contain(["openid", "profile", "email"]);

        using var jwks = JsonDocument.Parse(await http.GetStringAsync(root.GetProperty("jwks_uri").GetString()));
        jwks.RootElement.GetProperty("keys").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task LoginPage_Get_RendersAccessibleForm()
    {
        await using var provider = await TestOidcProvider.StartAsync(PortalBaseUrl);
        using var http = new HttpClient { BaseAddress = provider.Authority };

        var page = await http.GetStringAsync("login?returnUrl=%2F");

        page.Should().Contain("<html lang=\"en\">").And.Contain("<title>")
            .And.Contain("<label for=\"username\">Username</label>")
            .And.Contain("<label for=\"password\">Password</label>")
            .And.Contain("<button type=\"submit\">Sign in</button>");
    }

    [Fact]
    public async Task AuthorizationCodeFlow_ValidCredentials_IssuesIdTokenWithNameAndGroups()
    {
        await using var provider = await TestOidcProvider.StartAsync(PortalBaseUrl);
        using var client = new OidcFlowClient(provider.Authority);

        var toLogin = await client.AuthorizeAsync(RedirectUri);
        toLogin.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var loginUrl = Location(provider, toLogin);
        loginUrl.AbsolutePath.Should().Be("/login");

        var toAuthorize = await client.SubmitLoginAsync(loginUrl, "lead", "lead-pass");
        toAuthorize.StatusCode.Should().Be(HttpStatusCode.Redirect);
        Location(provider, toAuthorize).AbsolutePath.Should().Be("/connect/authorize");

        var toPortal = await client.GetAsync(Location(provider, toAuthorize).AbsoluteUri);
        toPortal.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var callback = Location(provider, toPortal);
        callback.GetLeftPart(UriPartial.Path).Should().Be(RedirectUri.AbsoluteUri);
        var callbackQuery = OidcFlowClient.Query(callback);
        callbackQuery["state"].Should().Be(client.State);

        var tokenResponse = await client.RedeemCodeAsync(callbackQuery["code"], RedirectUri);
        tokenResponse.StatusCode.Should().Be(HttpStatusCode.OK, await tokenResponse.Content.ReadAsStringAsync());
        using var tokens = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync());
        var idToken = OidcFlowClient.JwtPayload(tokens.RootElement.GetProperty("id_token").GetString()!);

        idToken.GetProperty("iss").GetString().Should().Be(provider.Authority.AbsoluteUri);
        idToken.GetProperty("aud").ToString().Should().Contain(TestOidcProvider.ClientId);
        idToken.GetProperty("nonce").GetString().Should().Be(client.Nonce);
        idToken.GetProperty("sub").GetString().Should().Be("lead");
        idToken.GetProperty("name").GetString().Should().Be("Lee Lead");
        idToken.GetProperty("preferred_username").GetString().Should().Be("lead");
        idToken.GetProperty("email").GetString().Should().Be("lead@iam-portal.test");
        Strings(idToken, "groups").Should().BeEquivalentTo("iam-portal-teamleads", "engineering");
        provider.SignInLog.Should().Equal("lead");

        using var userInfoRequest = new HttpRequestMessage(HttpMethod.Get, new Uri(provider.Authority, "connect/userinfo"));
        userInfoRequest.Headers.Authorization = new("Bearer", tokens.RootElement.GetProperty("access_token").GetString());
        using var http = new HttpClient();
        using var userInfo = JsonDocument.Parse(await (await http.SendAsync(userInfoRequest)).Content.ReadAsStringAsync());
        Strings(userInfo.RootElement, "groups").Should().BeEquivalentTo("iam-portal-teamleads", "engineering");
    }

    [Fact]
    public async Task Login_WrongPassword_ShowsErrorAndIssuesNothing()
    {
        await using var provider = await TestOidcProvider.StartAsync(PortalBaseUrl);
        using var client = new OidcFlowClient(provider.Authority);

        var toLogin = await client.AuthorizeAsync(RedirectUri);
        var response = await client.SubmitLoginAsync(Location(provider, toLogin), "admin", "not-the-password");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Invalid username or password").And.Contain("<form");
        (await client.AuthorizeAsync(RedirectUri)).Headers.Location!.AbsolutePath.Should().Be("/login");
        provider.SignInLog.Should().BeEmpty();
    }

    [Fact]
    public async Task TokenEndpoint_WrongCodeVerifier_ReturnsInvalidGrant()
    {
        await using var provider = await TestOidcProvider.StartAsync(PortalBaseUrl);
        using var client = new OidcFlowClient(provider.Authority);
        var code = await SignInAsync(provider, client, "admin", "admin-pass");

        var response = await client.RedeemCodeAsync(code, RedirectUri, codeVerifier: new string('x', 43));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("invalid_grant");
    }

    [Fact]
    public async Task EndSession_WithPostLogoutRedirectUri_SignsOutAndRedirectsToPortal()
    {
        await using var provider = await TestOidcProvider.StartAsync(PortalBaseUrl);
        using var client = new OidcFlowClient(provider.Authority);
        var code = await SignInAsync(provider, client, "auditor", "auditor-pass");
        using var tokens = JsonDocument.Parse(await (await client.RedeemCodeAsync(code, RedirectUri)).Content.ReadAsStringAsync());
        var idToken = tokens.RootElement.GetProperty("id_token").GetString();

        var response = await client.GetAsync(
            $"connect/endsession?id_token_hint={idToken}&post_logout_redirect_uri={Uri.EscapeDataString(PostLogoutRedirectUri.AbsoluteUri)}&state=bye");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var location = Location(provider, response);
        location.GetLeftPart(UriPartial.Path).Should().Be(PostLogoutRedirectUri.AbsoluteUri);
        OidcFlowClient.Query(location)["state"].Should().Be("bye");
        Location(provider, await client.AuthorizeAsync(RedirectUri)).AbsolutePath.Should().Be("/login");
    }

    private static async Task<string> SignInAsync(TestOidcProvider provider, OidcFlowClient client, string user, string password)
    {
        var toLogin = await client.AuthorizeAsync(RedirectUri);
        var toAuthorize = await client.SubmitLoginAsync(Location(provider, toLogin), user, password);
        var toPortal = await client.GetAsync(Location(provider, toAuthorize).AbsoluteUri);
        return OidcFlowClient.Query(Location(provider, toPortal))["code"];
    }

    private static Uri Location(TestOidcProvider provider, HttpResponseMessage response) =>
        new(provider.Authority, response.Headers.Location ?? throw new InvalidOperationException($"No redirect: {response.StatusCode}"));

    private static IEnumerable<string?> Strings(JsonElement element, string property) =>
        element.GetProperty(property) is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Select(e => e.GetString())
            : [element.GetProperty(property).GetString()];
}
