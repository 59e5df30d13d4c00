using IamPortal.E2E.Infrastructure;
using Microsoft.Playwright;
using OtpNet;

namespace IamPortal.E2E.Credentials;

/// <summary>A seeded user's security credentials managed in real Chromium against the demo portal.</summary>
public sealed class UserCredentialsTests(PortalBrowserFixture fixture) : IClassFixture<PortalBrowserFixture>
{
    private const string User = "svc-ci-deploy";

    [Fact]
    public async Task CredentialsTab_CreateDeactivateDeleteKeyThenAssignVirtualMfa_Works()
    {
        var page = await fixture.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, m) => { lock (console) console.Add($"{m.Type}: {m.Text}"); };
        page.PageError += (_, e) => { lock (console) console.Add($"pageerror: {e}"); };
        await page.GotoAsync($"/users/{User}");
        await FailureArtifacts.CaptureAsync(page, fixture.Portal, "credentials", () => ManageAsync(page), console);
    }

    [SkippableFact]
    public async Task AssignVirtualMfa_TabClosedMidway_UnassignedDeviceIsDeleted()
    {
        const string user = "svc-backup";
        var cli = new IamPortal.Web.Tests.Features.Onboarding.OnboardingCli(fixture.Portal.SandboxUrl);
        async Task<int> UnassignedDevicesOfUserAsync() =>
            (await cli.RunAsync("iam", "list-virtual-mfa-devices", "--assignment-status", "Unassigned")).Json
                .GetProperty("VirtualMFADevices").EnumerateArray()
                .Count(d => d.GetProperty("SerialNumber").GetString()!.Contains($":mfa/{user}-", StringComparison.Ordinal));

        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"/users/{user}");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await page.Locator("#mfa-assign").ClickAsync();
        await Assertions.Expect(page.GetByTestId("mfa-seed")).ToBeVisibleAsync();
        (await UnassignedDevicesOfUserAsync()).Should().Be(1, "the device exists, unassigned, while the operator scans it");

        // The operator closes the tab without finishing: the circuit ends and the dialog deletes the device.
        // Closing the tab (unload handlers run, as when a person closes it) sends Blazor's disconnect beacon.
        await page.CloseAsync(new() { RunBeforeUnload = true });
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var left = 1;
        while (DateTime.UtcNow < deadline && (left = await UnassignedDevicesOfUserAsync()) > 0) await Task.Delay(500);
        if (left > 0) await File.WriteAllTextAsync(Path.Combine(RepoPaths.Root, ".test-output", "mfa-abandoned-portal.log"), fixture.Portal.Output);
        left.Should().Be(0, "an abandoned enrolment must not leave an orphan device in the account");
    }

    private static async Task ManageAsync(IPage page)
    {
        // Clicks on the prerendered HTML would be lost: wait for the interactive circuit.
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(page.GetByTestId("user-name")).ToHaveTextAsync(User);
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // Create a key: the secret is shown once, with a warning and copy buttons.
        await page.Locator("#access-key-create").ClickAsync();
        var secret = page.GetByTestId("new-secret-access-key");
        await Assertions.Expect(secret).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("secret-once-warning")).ToContainTextAsync("It will not be shown again");
        var keyId = (await page.GetByTestId("new-access-key-id").TextContentAsync())!.Trim();
        keyId.Should().StartWith("AKIA");
        (await secret.TextContentAsync())!.Trim().Should().HaveLength(40);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "credentials-secret-once");
        await page.Locator("#secret-once-close").ClickAsync();
        await Assertions.Expect(secret).ToHaveCountAsync(0);

        // Deactivate it, then delete it after a confirmation that names it.
        var row = page.GetByTestId($"access-key-{keyId}");
        await Assertions.Expect(row).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Deactivate access key {keyId}" }).ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("Inactive");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Delete access key {keyId}" }).ClickAsync();
        var confirm = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(confirm).ToContainTextAsync($"Delete access key {keyId}?");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Delete key" }).ClickAsync();
        await Assertions.Expect(row).ToHaveCountAsync(0);

        // Assign a virtual MFA device: read the seed shown for manual entry, type two consecutive TOTP codes.
        await page.Locator("#mfa-assign").ClickAsync();
        var seed = page.GetByTestId("mfa-seed");
        await Assertions.Expect(seed).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("mfa-qr")).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^data:image/png;base64,"));
        var totp = new Totp(Base32Encoding.ToBytes((await seed.TextContentAsync())!.Trim()));
        var now = DateTime.UtcNow;
        await page.Locator("#mfa-code-1").FillAsync(totp.ComputeTotp(now));
        await page.Locator("#mfa-code-2").FillAsync(totp.ComputeTotp(now.AddSeconds(30)));
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "credentials-mfa-dialog");
        await page.Locator("#mfa-assign-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("mfa-assign-dialog")).ToHaveCountAsync(0);
        var devices = page.GetByTestId("mfa-devices");
        await Assertions.Expect(devices).ToContainTextAsync($"mfa/{User}-");
        await Assertions.Expect(devices).ToContainTextAsync("Virtual");
        await page.Mouse.MoveAsync(0, 0); // no row left in its hover state for axe
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "credentials-tab");
    }
}
