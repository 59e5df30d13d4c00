using IamPortal.E2E.Infrastructure;
using Microsoft.Playwright;

namespace IamPortal.E2E.Findings;

/// <summary>/findings in real Chromium against the demo portal (seeded Sandbox): filter, accept a risk, see it counted as accepted.</summary>
public sealed class FindingsTests(PortalBrowserFixture fixture) : IClassFixture<PortalBrowserFixture>
{
    private const string Mfa = "iam_user_mfa_enabled_console_access";

    [SkippableFact]
    public async Task Admin_FiltersAcceptsARisk_SeesItAccepted()
    {
        var page = await fixture.NewPageAsync();
        await FailureArtifacts.CaptureAsync(page, fixture.Portal, "findings", async () =>
        {
            await page.GotoAsync("/findings");
            await page.Locator("[data-interactive=true]").WaitForAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await Assertions.Expect(page.GetByTestId("findings-cards")).ToBeVisibleAsync();
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "findings-report");

            await page.Locator("#findings-filter-search").FillAsync("mfa_enabled_console");
            var check = page.GetByTestId($"check-{Mfa}");
            await Assertions.Expect(check).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("check-iam_password_policy_reuse_24")).ToHaveCountAsync(0);
            await check.Locator(".mud-expand-panel-header").ClickAsync();
            var row = check.Locator("[data-testid='finding-row'][data-status='Fail']").First;
            var resource = await row.GetAttributeAsync("data-resource");
            await row.GetByTestId("accept-risk").ClickAsync();

            var dialog = page.GetByRole(AriaRole.Dialog);
            await dialog.Locator("#accept-risk-submit").ClickAsync();
            await Assertions.Expect(dialog).ToContainTextAsync("Name the person who owns this risk");
            await dialog.Locator("#accept-risk-owner").FillAsync("Security lead");
            await dialog.Locator("#accept-risk-justification").FillAsync("Service desk account, MFA being rolled out.");
            await dialog.Locator("#accept-risk-expires").FillAsync(DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd"));
            await dialog.Locator("#accept-risk-expires").PressAsync("Tab");
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "findings-accept-dialog");
            await dialog.Locator("#accept-risk-submit").ClickAsync();

            await Assertions.Expect(page.GetByText($"Risk accepted for {resource}")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("findings-card-accepted")).Not.ToContainTextAsync("Accepted resources0");
            await page.GotoAsync("/findings/acceptances");
            await Assertions.Expect(page.GetByTestId("acceptance-row").Filter(new() { HasText = resource! })).ToBeVisibleAsync();
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "findings-acceptances");
        });
    }

    /// <summary>
    /// The portal's clock cannot be moved from outside, so this accepts with the shortest expiry IAM Portal allows (today) and
    /// checks it ends at the end of this UTC day; that it fails again after that instant is
    /// RiskAcceptanceTests.Accept_Lifecycle_AcceptedUntilEndOfChosenDayThenFailAgain (fake clock).
    /// </summary>
    [SkippableFact]
    public async Task Admin_AcceptsWithTheShortestExpiry_AcceptedUntilTheEndOfTodayAndFlaggedAsExpiringSoon()
    {
        const string everyUserMfa = "iam_user_mfa_enabled";
        var page = await fixture.NewPageAsync();
        await FailureArtifacts.CaptureAsync(page, fixture.Portal, "findings-expiry", async () =>
        {
            await page.GotoAsync("/findings");
            await page.Locator("[data-interactive=true]").WaitForAsync();
            await page.Locator("#findings-filter-search").FillAsync(everyUserMfa);
            var check = page.GetByTestId($"check-{everyUserMfa}");
            await check.Locator(".mud-expand-panel-header").ClickAsync();
            var row = check.Locator("[data-testid='finding-row'][data-status='Fail']").First;
            var resource = (await row.GetAttributeAsync("data-resource"))!;
            await row.GetByTestId("accept-risk").ClickAsync();

            var today = DateTime.UtcNow.Date;
            var dialog = page.GetByRole(AriaRole.Dialog);
            await dialog.Locator("#accept-risk-owner").FillAsync("Security lead");
            await dialog.Locator("#accept-risk-justification").FillAsync("Hardware key ordered, arrives today.");
            await dialog.Locator("#accept-risk-expires").FillAsync(today.ToString("yyyy-MM-dd"));
            await dialog.Locator("#accept-risk-expires").PressAsync("Tab");
            await dialog.Locator("#accept-risk-submit").ClickAsync();

            await Assertions.Expect(page.GetByText($"Risk accepted for {resource}")).ToBeVisibleAsync();
            var accepted = check.Locator($"[data-testid='finding-row'][data-status='Accepted'][data-resource='{resource}']");
            await Assertions.Expect(accepted).ToContainTextAsync($"until {today.AddDays(1):yyyy-MM-dd} 00:00 UTC");
            await page.GotoAsync("/findings/acceptances");
            var listed = page.GetByTestId("acceptance-row").Filter(new() { HasText = "Hardware key ordered" }).Filter(new() { HasText = resource });
            await Assertions.Expect(listed).ToHaveAttributeAsync("data-expires-soon", "true");
            await Assertions.Expect(listed).ToContainTextAsync("Expires soon");
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "findings-acceptance-expiring-today");
        });
    }
}
