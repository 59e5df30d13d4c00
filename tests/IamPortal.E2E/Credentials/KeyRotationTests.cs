using IamPortal.E2E.Infrastructure;
using IamPortal.Web.Tests.Features.Onboarding;
using Microsoft.Playwright;

namespace IamPortal.E2E.Credentials;

/// <summary>The rotation assistant clicked through in Chromium; the new key's first use is a real signed call by the AWS CLI.</summary>
public sealed class KeyRotationTests(PortalBrowserFixture fixture) : IClassFixture<PortalBrowserFixture>
{
    private const string User = "svc-terraform"; // one active key, 95 days old: due for rotation

    [SkippableFact]
    public async Task RotationAssistant_NewKeyUsedThenOldDeactivatedAndDeleted_OnlyNewKeyRemains()
    {
        var page = await fixture.NewPageAsync();
        await FailureArtifacts.CaptureAsync(page, fixture.Portal, "rotation", () => RotateAsync(page));
    }

    private async Task RotateAsync(IPage page)
    {
        var operatorCli = new OnboardingCli(fixture.Portal.SandboxUrl);
        var oldKeyId = (await operatorCli.RunAsync("iam", "list-access-keys", "--user-name", User)).Json
            .GetProperty("AccessKeyMetadata")[0].GetProperty("AccessKeyId").GetString()!;
        await page.GotoAsync($"/users/{User}");
        await page.Locator("[data-interactive=true]").WaitForAsync();

        // Start: the second key is created and its secret shown once.
        await page.Locator("#rotation-start").ClickAsync();
        var secret = page.GetByTestId("new-secret-access-key");
        await Assertions.Expect(secret).ToBeVisibleAsync();
        var newKeyId = (await page.GetByTestId("new-access-key-id").TextContentAsync())!.Trim();
        var newSecret = (await secret.TextContentAsync())!.Trim();
        await page.Locator("#secret-once-close").ClickAsync();
        var steps = page.GetByTestId("key-rotation-steps");
        await Assertions.Expect(page.GetByTestId("rotation-step-WaitForFirstUse")).ToContainTextAsync("has not been used yet");

        // Checking before the new key is used changes nothing.
        await page.Locator("#rotation-check").ClickAsync();
        await Assertions.Expect(page.GetByTestId("rotation-step-WaitForFirstUse")).ToContainTextAsync("has not been used yet");

        // The application starts using the new key (a signed IAM call with it), then the operator checks again.
        (await new OnboardingCli(fixture.Portal.SandboxUrl, newKeyId, newSecret).RunAsync("iam", "get-user")).ExitCode.Should().Be(0);
        await page.Locator("#rotation-check").ClickAsync();
        await Assertions.Expect(page.GetByTestId("rotation-step-WaitForFirstUse")).ToHaveAttributeAsync("data-status", "Succeeded");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "rotation-new-key-used");

        // Deactivate the old key (one click), then delete it after a confirmation.
        await Assertions.Expect(page.Locator("#rotation-continue")).ToHaveTextAsync("Deactivate the old key");
        await page.Locator("#rotation-continue").ClickAsync();
        await Assertions.Expect(page.GetByTestId($"access-key-{oldKeyId}")).ToContainTextAsync("Inactive");
        await Assertions.Expect(page.Locator("#rotation-continue")).ToHaveTextAsync("Delete the old key and finish");
        await page.Locator("#rotation-continue").ClickAsync();
        var confirm = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(confirm).ToContainTextAsync("Delete the old access key?");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Delete key" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("key-rotation-done")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId($"access-key-{oldKeyId}")).ToHaveCountAsync(0);
        await Assertions.Expect(steps).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "rotation-done");

        var keys = (await operatorCli.RunAsync("iam", "list-access-keys", "--user-name", User)).Json.GetProperty("AccessKeyMetadata");
        keys.EnumerateArray().Select(k => k.GetProperty("AccessKeyId").GetString()).Should().Equal(newKeyId);
    }
}
