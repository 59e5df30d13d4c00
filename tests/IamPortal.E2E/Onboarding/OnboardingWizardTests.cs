using IamPortal.E2E.Infrastructure;
using Microsoft.Playwright;

namespace IamPortal.E2E.Onboarding;

/// <summary>The onboarding wizard clicked through in real Chromium against the demo portal (Sandbox with seeded groups).</summary>
public sealed class OnboardingWizardTests(PortalBrowserFixture fixture) : IClassFixture<PortalBrowserFixture>
{
    [Fact]
    public async Task Wizard_ClickThroughConsoleProgrammaticGroupAndTags_CreatesUserAndShowsCredentialsOnce()
    {
        var page = await fixture.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, m) => console.Add(m.Type + ": " + m.Text);
        await page.GotoAsync("/users/new");
        await FailureArtifacts.CaptureAsync(page, fixture.Portal, "onboarding", () => ClickThroughAsync(page), console);
    }

    private static async Task ClickThroughAsync(IPage page)
    {
        // Typing into the prerendered HTML would be lost: wait for the interactive circuit.
        await page.Locator("[data-interactive=true]").WaitForAsync();
        var next = page.Locator("#onboarding-next");

        // 1. Details: a name checked as you type; Next waits until it is valid.
        await page.Locator("#onboarding-username").PressSequentiallyAsync("Bad Name");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByText("may use only letters")).ToBeVisibleAsync();
        await Assertions.Expect(next).ToBeDisabledAsync();
        await page.Locator("#onboarding-username").FillAsync("");
        await page.Locator("#onboarding-username").PressSequentiallyAsync("e2e.newhire");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(next).ToBeEnabledAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await next.ClickAsync();

        // 2. Access: console (generated password) and programmatic, with the best-practice note.
        await page.GetByLabel("Console access (AWS Management Console password)").CheckAsync();
        await page.GetByLabel("Programmatic access (an access key for the AWS CLI and SDKs)").CheckAsync();
        await Assertions.Expect(page.GetByTestId("access-key-note")).ToBeVisibleAsync();
        await Assertions.Expect(next).ToBeEnabledAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await next.ClickAsync();

        // 3. Permissions: one group, its policies listed.
        await page.GetByLabel("engineering-developers").CheckAsync();
        await Assertions.Expect(page.GetByText("DeveloperS3Access").First).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Assertions.Expect(next).ToBeEnabledAsync();
        await next.ClickAsync();

        // 4. Tags: the required tags are there; fill them.
        await Assertions.Expect(next).ToBeDisabledAsync();
        await page.Locator("#tag-value-0").FillAsync("Engineering");
        await page.Locator("#tag-value-1").FillAsync("CC-1100");
        await page.Locator("#tag-value-2").FillAsync("cto@example.com");
        await Assertions.Expect(next).ToBeEnabledAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await next.ClickAsync();

        // 5. Review: the plan and its CLI equivalent, no secret in it.
        var cli = page.GetByTestId("onboarding-cli");
        await Assertions.Expect(cli).ToContainTextAsync("aws iam create-user --user-name e2e.newhire");
        await Assertions.Expect(cli).ToContainTextAsync("--password '<generated>'");
        await Assertions.Expect(cli).ToContainTextAsync("aws iam add-user-to-group --group-name engineering-developers");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "onboarding-review");
        await page.Locator("#onboarding-create").ClickAsync();

        // 6. Create: every step done, then the credentials, shown once.
        await Assertions.Expect(page.GetByTestId("onboarding-succeeded")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var credentials = page.GetByTestId("onboarding-credentials");
        await Assertions.Expect(credentials).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("credential-key-id")).ToContainTextAsync("AKIA");
        await Assertions.Expect(credentials.GetByText("They will not be shown again")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "onboarding-credentials");

        await page.Locator("#onboarding-open-user").ClickAsync();
        await page.WaitForURLAsync("**/users/e2e.newhire");
        await Assertions.Expect(page.GetByTestId("user-name")).ToHaveTextAsync("e2e.newhire");
    }
}
