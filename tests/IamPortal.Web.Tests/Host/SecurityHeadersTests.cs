namespace IamPortal.Web.Tests.Host;

public sealed class SecurityHeadersTests(DemoPortalFactory factory) : IClassFixture<DemoPortalFactory>
{
    [Theory]
    [InlineData("/users")]
    [InlineData("/account/signin")]
    [InlineData("/no-such-page")]
    public async Task Get_AnyPage_CarriesSecurityHeaders(string path)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(path);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().Contain("default-src 'self'").And.Contain("script-src 'self';").And.Contain("frame-ancestors 'none'")
            .And.Contain("object-src 'none'").And.Contain("base-uri 'self'").And.Contain("form-action 'self'")
            .And.Contain("style-src 'self' 'unsafe-inline'").And.Contain("connect-src 'self'");
        csp.Should().NotContain("unsafe-eval");
        response.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
        response.Headers.GetValues("X-Frame-Options").Single().Should().Be("DENY");
        response.Headers.GetValues("Referrer-Policy").Single().Should().Be("strict-origin-when-cross-origin");
        response.Headers.GetValues("Permissions-Policy").Single().Should().Contain("camera=()");
    }

    [Fact]
    public async Task Get_Users_HasNoInlineScript()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/users");

        // Every <script> has a src: the CSP allows no inline script (the template's import map was removed).
        System.Text.RegularExpressions.Regex.Matches(html, "<script(?![^>]*\\ssrc=)[^>]*>").Should().BeEmpty();
    }
}
