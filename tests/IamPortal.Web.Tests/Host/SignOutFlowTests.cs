using System.Net;

namespace IamPortal.Web.Tests.Host;

/// <summary>Signing out is a form post with the antiforgery token: a link or a form on another site cannot end a session.</summary>
public sealed class SignOutFlowTests(PersonaPortalFactory factory) : IClassFixture<PersonaPortalFactory>
{
    private HttpClient NewClient(bool followRedirects = true) => factory.CreateClient(new() { AllowAutoRedirect = followRedirects });

    [Fact]
    public async Task SignOut_PostWithToken_ShowsSignedOutAndUsersNeedsSignInAgain()
    {
        using var client = NewClient();
        await PersonaSignIn.SignInAsync(client, "SecurityAdmin");

        var signedOut = await PersonaSignIn.SignOutAsync(client);

        signedOut.RequestMessage!.RequestUri!.AbsolutePath.Should().Be("/account/signed-out");
        (await signedOut.Content.ReadAsStringAsync()).Should().Contain("You have signed out");
        var users = await client.GetAsync("/users");
        users.RequestMessage!.RequestUri!.AbsolutePath.Should().Be("/account/signin");
    }

    [Fact]
    public async Task SignOut_Get_OffersTheButtonAndTheSessionStays()
    {
        using var client = NewClient();
        await PersonaSignIn.SignInAsync(client, "SecurityAdmin");

        var response = await client.GetAsync("/account/signout");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.RequestMessage!.RequestUri!.AbsolutePath.Should().Be("/account/signout", "no redirect to the signed-out page");
        (await response.Content.ReadAsStringAsync()).Should().Contain("Sign out of the IAM Portal?")
            .And.Contain("<form method=\"post\" action=\"/account/signout\"");
        response.Headers.TryGetValues("Set-Cookie", out var cookies);
        (cookies ?? []).Should().NotContain(c => c.StartsWith(".IamPortal.Session=", StringComparison.Ordinal), "the session cookie is not cleared");
        (await client.GetAsync("/users")).RequestMessage!.RequestUri!.AbsolutePath.Should().Be("/users");
    }

    [Fact]
    public async Task SignOut_PostWithoutToken_IsRejectedAndTheSessionStays()
    {
        using var client = NewClient();
        await PersonaSignIn.SignInAsync(client, "SecurityAdmin");

        var response = await client.PostAsync("/account/signout", new FormUrlEncodedContent([]));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await client.GetAsync("/users")).RequestMessage!.RequestUri!.AbsolutePath.Should().Be("/users");
    }

    [Theory]
    [InlineData("/users")]
    [InlineData("/account/no-role")]
    [InlineData("/account/signout")]
    public async Task SignOutButton_SignedInPages_IsAFormPostWithAntiforgeryToken(string path)
    {
        using var client = NewClient();
        await PersonaSignIn.SignInAsync(client, path == "/users" ? "Auditor" : "NoRole");

        var html = await client.GetStringAsync(path);

        html.Should().Contain("<form method=\"post\" action=\"/account/signout\"").And.Contain("__RequestVerificationToken");
        html.Should().NotContain("href=\"/account/signout\"");
    }
}
