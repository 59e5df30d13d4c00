using System.Net.Http.Json;
using IamPortal.E2E.Infrastructure;
using IamPortal.Web.Tests.Features.Onboarding;
using Microsoft.Playwright;

namespace IamPortal.E2E.Onboarding;

/// <summary>
/// The probe's attack in Chromium: CreateUser fails, someone else creates the name with AdministratorAccess (the AWS
/// CLI), the operator clicks Retry. The wizard stops with a plain reason and shows no credential; IAM confirms none exists.
/// </summary>
public sealed class OnboardingTakeoverTests(PortalBrowserFixture fixture) : IClassFixture<PortalBrowserFixture>
{
    private const string User = "race4.admin";

    [Fact]
    public async Task Retry_AfterSomeoneElseCreatedTheName_StopsAndShowsNoCredential()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/users/new");
        await FailureArtifacts.CaptureAsync(page, fixture.Portal, "onboarding-takeover", () => AttackAsync(page));
    }

    private async Task AttackAsync(IPage page)
    {
        var cli = new OnboardingCli(fixture.Portal.SandboxUrl);
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await FillWizardAsync(page);
        using (var http = new HttpClient { BaseAddress = fixture.Portal.SandboxUrl })
            (await http.PostAsJsonAsync("/_sandbox/fail-next", new { action = "CreateUser", code = "ServiceFailure", times = 5 })).EnsureSuccessStatusCode();
        await page.Locator("#onboarding-create").ClickAsync();
        await Assertions.Expect(page.GetByTestId("onboarding-failed")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        (await cli.RunAsync("iam", "create-user", "--user-name", User)).ExitCode.Should().Be(0);
        (await cli.RunAsync("iam", "attach-user-policy", "--user-name", User, "--policy-arn", "arn:aws:iam::aws:policy/AdministratorAccess")).ExitCode.Should().Be(0);
        await page.Locator("#onboarding-retry").ClickAsync();

        await Assertions.Expect(page.GetByTestId("onboarding-failed")).ToContainTextAsync($"A user named {User} now exists and this job did not create it");
        await Assertions.Expect(page.GetByTestId("onboarding-existing")).ToContainTextAsync("Nothing: IAM has not been changed.");
        await Assertions.Expect(page.GetByTestId("onboarding-succeeded")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("onboarding-credentials")).ToHaveCountAsync(0);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "onboarding-takeover-refused");
        (await cli.RunAsync("iam", "get-login-profile", "--user-name", User)).ExitCode.Should().NotBe(0, "no console password was given to the other user");
        (await cli.RunAsync("iam", "list-access-keys", "--user-name", User)).Json.GetProperty("AccessKeyMetadata").GetArrayLength().Should().Be(0);
        (await cli.RunAsync("iam", "list-groups-for-user", "--user-name", User)).Json.GetProperty("Groups").GetArrayLength().Should().Be(0);
    }

    /// <summary>Console and programmatic access, two groups, the required tags: the probe's request.</summary>
    private static async Task FillWizardAsync(IPage page)
    {
        var next = page.Locator("#onboarding-next");
        await page.Locator("#onboarding-username").PressSequentiallyAsync(User);
        await Assertions.Expect(next).ToBeEnabledAsync();
        await next.ClickAsync();
        await page.GetByLabel("Console access (AWS Management Console password)").CheckAsync();
        await page.GetByLabel("Programmatic access (an access key for the AWS CLI and SDKs)").CheckAsync();
        await next.ClickAsync();
        await page.GetByLabel("engineering-developers").CheckAsync();
        await page.GetByLabel("all-staff").CheckAsync();
        await next.ClickAsync();
        foreach (var (field, value) in new[] { ("#tag-value-0", "Engineering"), ("#tag-value-1", "CC-1100"), ("#tag-value-2", "cto@example.com") })
            await page.Locator(field).FillAsync(value);
        await Assertions.Expect(next).ToBeEnabledAsync();
        await next.ClickAsync();
        await Assertions.Expect(page.Locator("#onboarding-create")).ToBeEnabledAsync();
    }
}
