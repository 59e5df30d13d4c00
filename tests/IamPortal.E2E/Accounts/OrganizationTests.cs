using IamPortal.E2E.Infrastructure;
using IamPortal.Web.Tests.Features.Onboarding;
using Microsoft.Playwright;

namespace IamPortal.E2E.Accounts;

/// <summary>
/// Across accounts in real Chromium: the organization overview shows every active account of the demo organization; a
/// key leaked from the development account is traced from the management account's portal ("whose key is this?") and
/// contained after a confirmation, and the AWS CLI with development's keys sees it Inactive there. Axe on each page.
/// </summary>
public sealed class OrganizationTests(PortalBrowserFixture fixture) : IClassFixture<PortalBrowserFixture>
{
    private const string Development = "567890123456";

    [SkippableFact]
    public async Task Overview_ThenAKeyFromAnotherAccount_TracedAndContained_InactiveThere()
    {
        Skip.IfNot(OnboardingCli.Available, "The AWS CLI is not installed.");
        var cli = await MemberAccountCli.ForAsync(fixture.Portal.SandboxUrl, Development);
        (await cli.RunAsync("iam", "create-user", "--user-name", "e2e-leaker")).ExitCode.Should().Be(0);
        var keyId = (await cli.RunAsync("iam", "create-access-key", "--user-name", "e2e-leaker")).Json
            .GetProperty("AccessKey").GetProperty("AccessKeyId").GetString()!;

        var page = await fixture.NewPageAsync();
        await FailureArtifacts.CaptureAsync(page, fixture.Portal, "organization", async () =>
        {
            await page.GotoAsync("/organization");
            await Assertions.Expect(page.GetByTestId("organization-account")).ToHaveCountAsync(5, new() { Timeout = 60_000 });
            await Assertions.Expect(page.GetByTestId("organization-total-users")).Not.ToBeEmptyAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "organization-overview");

            await page.GotoAsync("/organization/keys");
            await page.Locator("[data-interactive=true]").WaitForAsync();
            await page.Locator("#key-owner-id").FillAsync(keyId);
            await page.Locator("#key-owner-lookup").ClickAsync();
            await Assertions.Expect(page.GetByTestId("key-owner-user")).ToHaveTextAsync("e2e-leaker", new() { Timeout = 30_000 });
            await Assertions.Expect(page.GetByTestId("key-owner-status")).ToContainTextAsync("Active");
            await Assertions.Expect(page.GetByTestId("key-owner-summary")).ToContainTextAsync(Development);
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "organization-key-owner");

            await page.Locator("#key-owner-contain").ClickAsync();
            await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Contain", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("key-owner-contained")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        });

        var keys = (await cli.RunAsync("iam", "list-access-keys", "--user-name", "e2e-leaker")).Json.GetProperty("AccessKeyMetadata");
        keys.EnumerateArray().Single(k => k.GetProperty("AccessKeyId").GetString() == keyId).GetProperty("Status").GetString()
            .Should().Be("Inactive", "the portal contained it in the development account");
    }
}
