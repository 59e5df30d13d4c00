using IamPortal.E2E.Infrastructure;
using Microsoft.Playwright;

namespace IamPortal.E2E.Guardrails;

/// <summary>The guardrails settings page and a user's tags tab in real Chromium: field errors while typing, accessibility.</summary>
public sealed class GuardrailsSettingsTests(PortalBrowserFixture fixture) : IClassFixture<PortalBrowserFixture>
{
    [Fact]
    public async Task SettingsPage_BadPathThenFixed_ErrorAtFieldAndSaveEnabledAgain()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/settings");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        var path = page.Locator("#settings-default-path");
        var save = page.Locator("#settings-save");

        await path.FillAsync("engineering");
        await Assertions.Expect(page.GetByText("Path must start and end with /")).ToBeVisibleAsync();
        await Assertions.Expect(save).ToBeDisabledAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "settings-guardrails-error");

        await path.FillAsync("/");
        await Assertions.Expect(save).ToBeEnabledAsync();
        await save.ClickAsync();
        await Assertions.Expect(page.GetByText("Guardrails saved.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task TagsTab_ReservedKey_RefusedAtTheField()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/users/svc-backup");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Tags (4)" }).ClickAsync();

        await page.Locator("#tag-new-key").FillAsync("aws:owner");
        await page.Locator("#tag-new-value").FillAsync("x");
        await page.Locator("#tag-add").ClickAsync();

        await Assertions.Expect(page.GetByText("Tag keys starting with aws: are reserved by AWS.")).ToBeVisibleAsync();
        await page.Locator("#tag-new-key").FillAsync("Project");
        await page.Locator("#tag-new-value").FillAsync("Backups 2027");
        await page.Locator("#tag-add").ClickAsync();
        await Assertions.Expect(page.GetByTestId("tag-Project")).ToContainTextAsync("Backups 2027");
        await page.Mouse.MoveAsync(0, 0);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "user-tags-tab");
    }
}
