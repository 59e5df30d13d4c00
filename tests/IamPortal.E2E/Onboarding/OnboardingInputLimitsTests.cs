using IamPortal.E2E.Infrastructure;
using Microsoft.Playwright;

namespace IamPortal.E2E.Onboarding;

/// <summary>The onboarding wizard's free-text fields under pasted input in real Chromium: rules at the field, the circuit alive.</summary>
public sealed class OnboardingInputLimitsTests(PortalBrowserFixture fixture) : IClassFixture<PortalBrowserFixture>
{
    [Fact]
    public async Task Wizard_PasteLongNamePasswordAndCopyFrom_RuleAtTheFieldAndCircuitStays()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/users/new");
        await FailureArtifacts.CaptureAsync(page, fixture.Portal, "onboarding-paste", async () =>
        {
            await page.Locator("[data-interactive=true]").WaitForAsync();
            var next = page.Locator("#onboarding-next");
            var name = page.Locator("#onboarding-username");

            // 1. A 65-character name is not cut to 64: the field says the rule.
            await Paste.IntoAsync(page, name, new string('a', 65));
            await Assertions.Expect(page.GetByText("User name can be at most 64 characters.")).ToBeVisibleAsync();
            (await name.InputValueAsync()).Should().HaveLength(65);
            await Assertions.Expect(next).ToBeDisabledAsync();
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "onboarding-name-too-long");
            await name.FillAsync("e2e.pasted");
            await Assertions.Expect(next).ToBeEnabledAsync();
            await next.ClickAsync();

            // 2. 10,000 characters pasted into the custom password: the rule at the field.
            await page.GetByLabel("Console access (AWS Management Console password)").CheckAsync();
            await page.GetByText("Set a custom password").ClickAsync();
            await Paste.IntoAsync(page, page.Locator("#onboarding-password"), Paste.TenThousandNonAscii);
            await Assertions.Expect(page.GetByText("Passwords are 1 to 128 characters.")).ToBeVisibleAsync();
            await Paste.AssertCircuitAliveAsync(page);
            await page.GetByText("Generate a strong password").ClickAsync();
            await Assertions.Expect(next).ToBeEnabledAsync();
            await next.ClickAsync();

            // 3. And into "copy the groups of": capped, and the page still reacts.
            var copyFrom = page.Locator("#onboarding-copy-from");
            await Paste.IntoAsync(page, copyFrom, Paste.TenThousandNonAscii);
            (await copyFrom.InputValueAsync()).Length.Should().BeLessThanOrEqualTo(80);
            await Paste.AssertCircuitAliveAsync(page);
            await page.Keyboard.PressAsync("Escape");
            await page.GetByLabel("engineering-developers").CheckAsync();
            await Assertions.Expect(page.GetByText("Groups (1 of at most 10)")).ToBeVisibleAsync();
            await Paste.AssertCircuitAliveAsync(page);
            await Screenshots.SaveAsync(page, "onboarding-copy-from-paste");
        });
    }
}
