using IamPortal.E2E.Infrastructure;
using Microsoft.Playwright;

namespace IamPortal.E2E.Auth;

/// <summary>
/// The real portal process in Production with Oidc sign-in whose authority is a loopback port nothing listens on:
/// Chromium gets a page that says the sign-in provider cannot be reached, and readiness names it.
/// </summary>
public sealed class UnreachableProviderTests(UnreachableProviderFixture fixture) : IClassFixture<UnreachableProviderFixture>
{
    [Fact]
    public async Task Users_ProviderUnreachable_SaysTheSignInProviderCannotBeReached()
    {
        var page = await fixture.NewPageAsync();
        await FailureArtifacts.CaptureAsync(page, fixture.Portal, "auth-provider-unreachable", async () =>
        {
            var response = await page.GotoAsync("/users");

            response!.Status.Should().Be(503);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "The sign-in provider cannot be reached" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("sign-in-provider-unreachable")).ToContainTextAsync("/healthz/ready");
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "auth-provider-unreachable");
        });

        using var http = new HttpClient { BaseAddress = fixture.Portal.BaseUrl };
        var ready = await http.GetAsync("healthz/ready");
        ((int)ready.StatusCode).Should().Be(503);
        (await ready.Content.ReadAsStringAsync()).Should().StartWith("Unhealthy")
            .And.Contain("sign-in-provider: Unhealthy: The sign-in provider cannot be reached");
    }
}

/// <summary>A Production portal signing in through an OpenID Connect authority that does not answer.</summary>
public sealed class UnreachableProviderFixture : PortalBrowserFixture
{
    protected override IDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Authentication__Provider"] = "Oidc",
        ["Oidc__Authority"] = $"http://127.0.0.1:{PortalProcess.FreePort()}/",
        ["Oidc__ClientId"] = "iam-portal",
        ["Oidc__ClientSecret"] = "not-a-real-secret",
        ["Oidc__RequireHttpsMetadata"] = "false",
    };
}
