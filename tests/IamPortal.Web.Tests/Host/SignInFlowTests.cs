using System.Net;
using IamPortal.Application.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Web.Tests.Host;

/// <summary>The Development provider over real HTTP: persona picker, cookie session, return URLs, role policies, no-role.</summary>
public sealed class SignInFlowTests(PersonaPortalFactory factory) : IClassFixture<PersonaPortalFactory>
{
    private HttpClient NewClient(bool followRedirects = true) => factory.CreateClient(new() { AllowAutoRedirect = followRedirects });

    [Fact]
    public async Task Users_Anonymous_RedirectsToPersonaPicker()
    {
        using var client = NewClient(followRedirects: false);

        var response = await client.GetAsync("/users");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Contain("/account/signin").And.Contain("returnUrl=%2Fusers");
    }

    [Fact]
    public async Task SignInPage_Anonymous_OffersEveryPersonaWithSecurityAdminFirst()
    {
        using var client = NewClient();

        var html = await client.GetStringAsync("/account/signin?returnUrl=%2Fusers");

        html.Should().Contain("Security admin").And.Contain("Team lead").And.Contain("Auditor").And.Contain("No role");
        html.IndexOf("value=\"SecurityAdmin\"", StringComparison.Ordinal).Should()
            .BeLessThan(html.IndexOf("value=\"TeamLead\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DevelopmentSignIn_SecurityAdmin_LandsOnUsersWithNameAndRole()
    {
        using var client = NewClient();

        var response = await PersonaSignIn.SignInAsync(client, "SecurityAdmin");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.RequestMessage!.RequestUri!.AbsolutePath.Should().Be("/users");
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("IAM users").And.Contain("Dev Admin").And.Contain("SecurityAdmin");
        html.Should().Contain("href=\"audit\"", "admins see the audit log in the navigation");
    }

    [Fact]
    public async Task DevelopmentSignIn_WithoutAntiforgeryToken_IsRejected()
    {
        using var client = NewClient(followRedirects: false);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["persona"] = "SecurityAdmin" });

        var response = await client.PostAsync("/account/signin/development", form);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Headers.Contains("Set-Cookie").Should().BeFalse("no session is issued");
    }

    // Browsers drop tabs and newlines from a URL, so "/<TAB>/evil.example" is read as "//evil.example".
    [Theory]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example/phish")]
    [InlineData("/\t/evil.example/pwned")]
    [InlineData("/\n/evil.example/pwned")]
    [InlineData("https://evil.example/")]
    public async Task DevelopmentSignIn_ExternalReturnUrl_StaysInThePortal(string returnUrl)
    {
        using var client = NewClient(followRedirects: false);

        var response = await PersonaSignIn.SignInAsync(client, "Auditor", returnUrl);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Be("/users");
    }

    [Theory]
    [InlineData("%2F%09%2Fevil.example%2Fpwned")]
    [InlineData("%2F%0A%2Fevil.example%2Fpwned")]
    [InlineData("%2F%2Fevil.example")]
    public async Task Login_ExternalReturnUrl_OffersThePickerWithTheUsersList(string returnUrl)
    {
        using var client = NewClient(followRedirects: false);

        var response = await client.GetAsync($"/account/login?returnUrl={returnUrl}");

        response.Headers.Location!.ToString().Should().Be("/account/signin?returnUrl=%2Fusers");
        (await client.GetStringAsync($"/account/signin?returnUrl={returnUrl}"))
            .Should().Contain("name=\"returnUrl\" value=\"/users\"").And.NotContain("evil.example");
    }

    [Fact]
    public async Task Audit_Auditor_ShowsAuditPage()
    {
        using var client = NewClient();
        await PersonaSignIn.SignInAsync(client, "Auditor");

        var response = await client.GetAsync("/audit");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.RequestMessage!.RequestUri!.AbsolutePath.Should().Be("/audit");
        (await response.Content.ReadAsStringAsync()).Should().Contain("Audit log").And.Contain("Verify integrity");
    }

    [Fact]
    public async Task Audit_TeamLead_ShowsAccessDeniedPage()
    {
        using var client = NewClient();
        await PersonaSignIn.SignInAsync(client, "TeamLead");

        var response = await client.GetAsync("/audit");

        response.RequestMessage!.RequestUri!.AbsolutePath.Should().Be("/account/access-denied");
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("Access denied").And.Contain("Dev Lead").And.Contain("TeamLead").And.Contain("/audit");
        html.Should().NotContain("Verify integrity");
    }

    [Fact]
    public async Task Users_NoRolePersona_ShowsNoRolePageNamingTheGroups()
    {
        using var client = NewClient();

        var response = await PersonaSignIn.SignInAsync(client, "NoRole");

        response.RequestMessage!.RequestUri!.AbsolutePath.Should().Be("/account/no-role");
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("You are signed in as <strong>Dev Nobody</strong>")
            .And.Contain("none of your groups maps to a portal role")
            .And.Contain("iam-portal-admins").And.Contain("iam-portal-teamleads").And.Contain("iam-portal-auditors");
        html.Should().NotContain("IAM users");
    }

    [Fact]
    public async Task SessionCookie_SignIn_IsHttpOnlyAndLax()
    {
        using var client = NewClient(followRedirects: false);

        var response = await PersonaSignIn.SignInAsync(client, "Auditor");

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".IamPortal.Session=", StringComparison.Ordinal));
        cookie.Should().Contain("httponly").And.Contain("samesite=lax");
    }

    [Fact]
    public async Task AuditService_OutsideAnyRequest_RefusesTheAnonymousOperator()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<IAuditService>();

        var act = () => audit.QueryAsync(new AuditQuery());

        await act.Should().ThrowAsync<IamPortal.Application.Operators.PortalAccessDeniedException>(
            "outside a request or circuit nobody is signed in, and the service itself refuses");
    }
}
