using System.Text.RegularExpressions;
using IamPortal.E2E.Infrastructure;
using Microsoft.Playwright;

namespace IamPortal.E2E.Auth;

/// <summary>An open page whose session ends sends the operator back to sign in, without a click or a reload.</summary>
public sealed class SessionExpiryTests(ShortSessionPortalFixture fixture) : IClassFixture<ShortSessionPortalFixture>
{
    [Fact]
    public async Task OpenUsersPage_SessionEnds_CircuitSendsTheOperatorToSignInAgain()
    {
        var page = await fixture.NewPageAsync();
        page.Context.SetDefaultTimeout(45_000);
        await FailureArtifacts.CaptureAsync(page, fixture.Portal, "auth-session-expiry", async () =>
        {
            await page.GotoAsync("/users");
            await page.GetByRole(AriaRole.Button, new() { Name = "Security admin" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/users$"));
            await page.Locator("[data-interactive=true]").WaitForAsync();
            await Assertions.Expect(page.GetByTestId("operator-name")).ToHaveTextAsync("Dev Admin");
            var signedInAt = DateTime.UtcNow;

            // Nobody touches the page: the circuit notices the end of the session and navigates to the sign-in page.
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/signin\\?returnUrl=%2Fusers&expired=true$"), new() { Timeout = 60_000 });
            (DateTime.UtcNow - signedInAt).Should().BeGreaterThan(TimeSpan.FromSeconds(5), "the session lasted until its end, not less");
            await Assertions.Expect(page.GetByTestId("session-expired")).ToContainTextAsync("Your session ended");
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Security admin" })).ToBeVisibleAsync();
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "auth-session-expired");

            // The old cookie no longer opens the portal either.
            await page.GotoAsync("/users");
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/signin"));
        });
    }

}

/// <summary>The persona picker and a 20-second session checked every 2 seconds (production: 8 hours, every minute).</summary>
public sealed class ShortSessionPortalFixture : PortalBrowserFixture
{
    protected override IDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Authentication__Development__AutoSignIn"] = "",
        ["Authentication__SessionMinutes"] = "0.34",
        ["Authentication__SessionCheckSeconds"] = "2",
    };
}
