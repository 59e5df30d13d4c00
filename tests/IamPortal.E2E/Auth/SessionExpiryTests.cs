using System.Text.RegularExpressions;
using IamPortal.E2E.Infrastructure;
using Microsoft.Playwright;

namespace IamPortal.E2E.Auth;

/// <summary>An open page whose session ends sends the operator back to sign in, without a click or a reload.</summary>
public sealed class SessionExpiryTests : IAsyncLifetime
{
    private PortalProcess _portal = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        // A 20-second session checked every 2 seconds (production: 8 hours, checked every minute).
        var portal = PortalProcess.StartAsync(new Dictionary<string, string>
        {
            ["Authentication__Development__AutoSignIn"] = "",
            ["Authentication__SessionMinutes"] = "0.34",
            ["Authentication__SessionCheckSeconds"] = "2",
        });
        _playwright = await Playwright.CreateAsync();
        _browser = await PortalBrowserFixture.LaunchChromiumAsync(_playwright);
        _portal = await portal;
    }

    [Fact]
    public async Task OpenUsersPage_SessionEnds_CircuitSendsTheOperatorToSignInAgain()
    {
        var context = await _browser.NewContextAsync(new() { BaseURL = _portal.BaseUrl.ToString(), ViewportSize = new() { Width = 1400, Height = 900 } });
        context.SetDefaultTimeout(45_000);
        var page = await context.NewPageAsync();
        try
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
        }
        catch
        {
            await Screenshots.SaveAsync(page, "auth-session-expiry-failure");
            await File.WriteAllTextAsync(Path.Combine(RepoPaths.Root, ".test-output", "auth-session-expiry-portal.log"), _portal.Output);
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _portal.DisposeAsync();
    }
}
