using IamPortal.Web.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace IamPortal.Web.Tests.Auth;

/// <summary>Every return URL the portal accepts stays inside it, under the framework's local-URL rules.</summary>
public sealed class LocalUrlTests
{
    [Theory]
    [InlineData("/users")]
    [InlineData("/users/jane.doe?tab=credentials")]
    [InlineData("/")]
    public void LocalUrl_PortalPath_IsKept(string url) => SignInEndpoints.LocalUrl(url).Should().Be(url);

    // Browsers drop tabs and newlines from a URL: "/<TAB>/evil.example" is read as "//evil.example".
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("//evil.example/pwned")]
    [InlineData("/\\evil.example/pwned")]
    [InlineData("/\t/evil.example/pwned")]
    [InlineData("/\n/evil.example/pwned")]
    [InlineData("/\r/evil.example/pwned")]
    [InlineData("/users\u0000")]
    [InlineData("https://evil.example/")]
    [InlineData("~/users")]
    [InlineData("users")]
    [InlineData("/account/signout")]
    public void LocalUrl_ExternalOrUnsafe_FallsBackToUsers(string? url) => SignInEndpoints.LocalUrl(url).Should().Be("/users");

    [Fact]
    public async Task CookieRedirectToReturnUrl_ExternalUrl_RedirectsToUsers()
    {
        var http = new DefaultHttpContext();
        var scheme = new AuthenticationScheme(CookieAuthenticationDefaults.AuthenticationScheme, null, typeof(CookieAuthenticationHandler));
        var context = new RedirectContext<CookieAuthenticationOptions>(http, scheme, new CookieAuthenticationOptions(),
            new AuthenticationProperties(), "/\t/evil.example/pwned");

        await new SessionCookieEvents(TimeProvider.System).RedirectToReturnUrl(context);

        http.Response.Headers.Location.ToString().Should().Be("/users");
    }
}
