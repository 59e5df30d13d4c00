using System.Text.RegularExpressions;
using IamPortal.E2E.Infrastructure;
using Microsoft.Playwright;

namespace IamPortal.E2E.Offboarding;

/// <summary>Offboarding and the users list's bulk actions clicked through in real Chromium against the demo portal (seeded Sandbox).</summary>
public sealed partial class OffboardingTests(PortalBrowserFixture fixture) : IClassFixture<PortalBrowserFixture>
{
    [GeneratedRegex("^users/([^/]+)$")]
    private static partial Regex UserHref();

    [Fact]
    public async Task OffboardPage_ConfirmByTypingTheName_UserGoneFromTheList()
    {
        var page = await fixture.NewPageAsync();
        await RunAsync(page, "offboarding", async () =>
        {
            var user = (await SeededUsersAsync(page))[0];
            await page.GotoAsync($"/users/{user}/offboard");
            await page.Locator("[data-interactive=true]").WaitForAsync();

            // The plan (dry run): every step in IAM's order with the exact item, ending with DeleteUser and the check.
            var plan = page.GetByTestId("offboarding-plan");
            await Assertions.Expect(plan).ToContainTextAsync($"Delete user {user}");
            await Assertions.Expect(plan).ToContainTextAsync($"Confirm {user} is gone");
            await Assertions.Expect(page.GetByTestId("quarantine-plan")).ToContainTextAsync("IamPortalQuarantineDenyAll");
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "offboarding-plan");

            // Confirmation: the button stays disabled until the name is typed exactly.
            await page.Locator("#offboard-start").ClickAsync();
            var go = page.Locator("#offboard-confirm-go");
            await Assertions.Expect(go).ToBeDisabledAsync();
            // One input event (like a paste): per-key round trips on a loaded machine let a re-render overwrite keys typed meanwhile.
            await page.Locator("#offboard-confirm-name").FillAsync(user);
            await Assertions.Expect(go).ToBeEnabledAsync();
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "offboarding-confirm");
            await go.ClickAsync();

            // The journaled job: every step done, then the confirmed end state.
            await Assertions.Expect(page.GetByTestId("job-succeeded")).ToContainTextAsync($"User {user} is gone (confirmed)", new() { Timeout = 60_000 });
            await Assertions.Expect(page.Locator("[data-testid^='job-step-'][data-status='Succeeded']"))
                .ToHaveCountAsync(await page.Locator("[data-testid^='job-step-']").CountAsync());
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "offboarding-done");

            // Gone from the users list.
            await page.Locator("#offboard-back").ClickAsync();
            await page.WaitForURLAsync("**/users");
            await page.Locator("#users-search").FillAsync(user);
            await Assertions.Expect(page.GetByTestId("users-empty")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator($"a[href='users/{user}']")).ToHaveCountAsync(0);

            // The jobs panel lists it as succeeded.
            await page.GotoAsync("/offboarding");
            await Assertions.Expect(page.GetByTestId("offboarding-jobs")).ToContainTextAsync(user);
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "offboarding-jobs");
        });
    }

    [Fact]
    public async Task UsersList_SelectTwoAndDeactivateKeys_ShowsProgressAndResultPerUser()
    {
        var page = await fixture.NewPageAsync();
        await RunAsync(page, "bulk", async () =>
        {
            var users = (await SeededUsersAsync(page)).Skip(1).Take(2).ToList();
            foreach (var user in users)
                await page.GetByRole(AriaRole.Checkbox, new() { Name = $"Select {user}" }).CheckAsync();
            await Assertions.Expect(page.GetByTestId("bulk-selected")).ToHaveTextAsync("2 selected");
            await Accessibility.AssertNoSeriousViolationsAsync(page);

            await page.Locator("#bulk-deactivate-keys").ClickAsync();
            await Assertions.Expect(page.GetByTestId("dialog-users")).ToContainTextAsync(users[0]);
            await page.Locator("#bulk-confirm-go").ClickAsync();

            var results = page.GetByTestId("bulk-result");
            await Assertions.Expect(results).ToHaveCountAsync(2, new() { Timeout = 30_000 });
            await Assertions.Expect(page.Locator("[data-testid='bulk-result'][data-succeeded='true']")).ToHaveCountAsync(2);
            await Assertions.Expect(page.GetByTestId("bulk-progress-text")).ToContainTextAsync("2 of 2 users done");
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "bulk-deactivate-keys");
        });
    }

    /// <summary>Opens the users list (interactive) and returns the names of ordinary seeded users on its first page.</summary>
    private static async Task<IReadOnlyList<string>> SeededUsersAsync(IPage page)
    {
        await page.GotoAsync("/users");
        // Clicks on the prerendered HTML would be lost: wait for the interactive circuit.
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await page.Locator("tbody tr.mud-table-row a[href^='users/']").First.WaitForAsync();
        var hrefs = await page.Locator("tbody tr.mud-table-row a[href^='users/']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        return hrefs.Select(h => UserHref().Match(h)).Where(m => m.Success).Select(m => Uri.UnescapeDataString(m.Groups[1].Value))
            .Where(n => !n.StartsWith("svc-") && n != "break-glass-admin").ToList();
    }

    private Task RunAsync(IPage page, string name, Func<Task> test) => FailureArtifacts.CaptureAsync(page, fixture.Portal, name, test);
}
