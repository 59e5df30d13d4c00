using IamPortal.E2E.Infrastructure;
using IamPortal.Web.Tests.Features.Onboarding;
using Microsoft.Playwright;

namespace IamPortal.E2E.PasswordPolicy;

/// <summary>The password policy page in real Chromium against the demo portal (seeded Sandbox); IAM's end state read with the AWS CLI.</summary>
public sealed class PasswordPolicyTests(PortalBrowserFixture fixture) : IClassFixture<PortalBrowserFixture>
{
    [SkippableFact]
    public async Task Admin_DeletesThenAppliesCisBaseline_SeesImpactBeforeSaving_CliShowsThePolicy()
    {
        var cli = new OnboardingCli(fixture.Portal.SandboxUrl);
        var page = await fixture.NewPageAsync();
        await FailureArtifacts.CaptureAsync(page, fixture.Portal, "password-policy", async () =>
        {
            await page.GotoAsync("/settings/password-policy");
            await page.Locator("[data-interactive=true]").WaitForAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "CIS and Security Hub: 8 of 8 met" })).ToBeVisibleAsync();
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "password-policy-seeded");

            // Delete, confirmed: IAM's defaults apply and every line fails.
            await page.Locator("#password-policy-delete").ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await Assertions.Expect(dialog).ToContainTextAsync("IAM's defaults apply");
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Delete policy" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("password-policy-default")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "CIS and Security Hub: 0 of 8 met" })).ToBeVisibleAsync();
            (await cli.RunAsync("iam", "get-account-password-policy")).Stderr.Should().Contain("NoSuchEntity");

            // Apply the CIS baseline: the form is filled and the impact on existing users is said before saving.
            await page.Locator("#password-policy-apply-cis").ClickAsync();
            await Assertions.Expect(page.Locator("#password-policy-min-length")).ToHaveValueAsync("14");
            var impact = page.GetByTestId("password-policy-impact");
            await Assertions.Expect(impact).ToContainTextAsync("Turning on expiry after 90 days:");
            await Assertions.Expect(impact).ToContainTextAsync("existing passwords keep working");
            await page.Mouse.MoveAsync(0, 0);
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "password-policy-impact");

            await page.Locator("#password-policy-save").ClickAsync();
            await Assertions.Expect(page.GetByText("Password policy saved.")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "CIS and Security Hub: 8 of 8 met" })).ToBeVisibleAsync();
            var policy = (await cli.RunAsync("iam", "get-account-password-policy")).Json.GetProperty("PasswordPolicy");
            policy.GetProperty("MinimumPasswordLength").GetInt32().Should().Be(14);
            policy.GetProperty("PasswordReusePrevention").GetInt32().Should().Be(24);
            policy.GetProperty("MaxPasswordAge").GetInt32().Should().Be(90);
            foreach (var kind in new[] { "RequireSymbols", "RequireNumbers", "RequireUppercaseCharacters", "RequireLowercaseCharacters" })
                policy.GetProperty(kind).GetBoolean().Should().BeTrue(kind);
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "password-policy-saved");
        });
    }
}
