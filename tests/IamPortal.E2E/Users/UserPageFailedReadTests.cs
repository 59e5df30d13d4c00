using System.Net.Http.Json;
using IamPortal.E2E.Infrastructure;
using IamPortal.Web.Tests.Features.Onboarding;
using Microsoft.Playwright;

namespace IamPortal.E2E.Users;

/// <summary>
/// The demo portal in real Chromium while its Sandbox answers AccessDenied to every ListServiceSpecificCredentials, as
/// an endpoint without that action (or a portal role without that permission) does: the user page and the offboarding
/// of a user who has such a credential.
/// </summary>
public sealed class UserPageFailedReadTests(PortalBrowserFixture fixture) : IClassFixture<PortalBrowserFixture>
{
    private const string User = "svc-terraform"; // seeded with a CodeCommit service-specific credential
    private const string Refused = "ListServiceSpecificCredentials";

    [SkippableFact]
    public async Task UserPageAndOffboarding_OneReadRefused_SectionSaysWhyPlanWarnsAndResumeFinishesAfterAFixByHand()
    {
        using var sandbox = new HttpClient { BaseAddress = fixture.Portal.SandboxUrl };
        (await sandbox.PutAsJsonAsync($"/_sandbox/fail-always/{Refused}", new { code = "AccessDenied" })).EnsureSuccessStatusCode();
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"/users/{User}");
        await FailureArtifacts.CaptureAsync(page, fixture.Portal, "failed-read", async () =>
        {
            await page.Locator("[data-interactive=true]").WaitForAsync();
            var section = page.Locator("[data-section='service-specific credentials']");
            await Assertions.Expect(section).ToContainTextAsync("Service-specific credentials could not be read:");
            await Assertions.Expect(section).ToContainTextAsync("not allowed");
            await Assertions.Expect(page.GetByTestId("user-partly-read")).ToContainTextAsync("service-specific credentials");
            await Assertions.Expect(page.GetByTestId("access-keys")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#access-key-create")).ToBeEnabledAsync();
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "user-page-failed-read");

            await page.GotoAsync($"/users/{User}/offboard");
            await page.Locator("[data-interactive=true]").WaitForAsync();
            await Assertions.Expect(page.GetByTestId("offboard-read-warnings")).ToContainTextAsync("service-specific credentials");
            await Assertions.Expect(page.Locator("[data-testid='offboarding-plan'] tr[data-kind='ReadWarning']"))
                .ToContainTextAsync("Could not read the service-specific credentials");
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "offboarding-plan-failed-read");

            await page.Locator("#offboard-start").ClickAsync();
            await page.Locator("#offboard-confirm-name").FillAsync(User);
            await page.Locator("#offboard-confirm-go").ClickAsync();
            var stopped = page.GetByTestId("job-stopped");
            await Assertions.Expect(stopped).ToContainTextAsync($"IAM will not delete {User} yet: it still has service-specific credentials",
                new() { Timeout = 60_000 });
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "offboarding-delete-conflict");

            // The operator removes the credential by hand (with a tool that may list it), then resumes.
            await RemoveServiceCredentialsByHandAsync(sandbox);
            await page.Locator("#job-resume").ClickAsync();
            await Assertions.Expect(page.GetByTestId("job-succeeded")).ToContainTextAsync($"User {User} is gone (confirmed)", new() { Timeout = 60_000 });
        });
    }

    private async Task RemoveServiceCredentialsByHandAsync(HttpClient sandbox)
    {
        var cli = new OnboardingCli(fixture.Portal.SandboxUrl);
        (await sandbox.DeleteAsync($"/_sandbox/fail-always/{Refused}")).EnsureSuccessStatusCode();
        var listed = await cli.RunAsync("iam", "list-service-specific-credentials", "--user-name", User);
        foreach (var credential in listed.Json.GetProperty("ServiceSpecificCredentials").EnumerateArray())
            (await cli.RunAsync("iam", "delete-service-specific-credential", "--user-name", User,
                "--service-specific-credential-id", credential.GetProperty("ServiceSpecificCredentialId").GetString()!)).ExitCode.Should().Be(0);
        (await sandbox.PutAsJsonAsync($"/_sandbox/fail-always/{Refused}", new { code = "AccessDenied" })).EnsureSuccessStatusCode();
    }
}
