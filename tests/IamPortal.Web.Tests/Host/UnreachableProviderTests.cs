using System.Net;

namespace IamPortal.Web.Tests.Host;

/// <summary>Production with the identity provider down: an anonymous page that says so instead of a blank 500, and readiness names it.</summary>
public sealed class UnreachableProviderTests(UnreachableProviderPortalFactory factory) : IClassFixture<UnreachableProviderPortalFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/users")]
    [InlineData("/audit")]
    public async Task Page_ProviderUnreachable_ShowsTheSignInProviderCannotBeReached(string path)
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("The sign-in provider cannot be reached").And.Contain("/healthz/ready");
    }

    [Fact]
    public async Task ErrorPage_Anonymous_RendersWithoutSignIn()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/Error");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Something went wrong");
    }

    [Fact]
    public async Task HealthzReady_ProviderUnreachable_UnhealthyNamingTheProvider()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/healthz/ready");

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');
        lines[0].Should().Be("Unhealthy");
        lines.Should().ContainSingle(l => l.StartsWith("sign-in-provider: Unhealthy: The sign-in provider cannot be reached", StringComparison.Ordinal))
            .Which.Should().Contain($"{factory.Authority.AbsoluteUri}.well-known/openid-configuration").And.NotContain("not-a-real-secret");
        lines.Should().NotContain(l => l.StartsWith("iam:", StringComparison.Ordinal), "IAM (the Sandbox) is reachable");
    }
}
