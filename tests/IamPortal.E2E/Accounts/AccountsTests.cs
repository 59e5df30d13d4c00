using System.Net.Http.Json;
using System.Text.Json;
using IamPortal.E2E.Infrastructure;
using IamPortal.Web.Tests.Features.Onboarding;
using Microsoft.Playwright;

namespace IamPortal.E2E.Accounts;

/// <summary>
/// Many accounts in real Chromium against the demo portal, whose Sandbox is an organization: the accounts page lists the
/// organization's active accounts, all reachable; the switcher opens the same section in another account, whose URL
/// carries it; a group created there exists in that account (AWS CLI with its keys), not in the management account, and
/// the member account's event log names the operator as the session's SourceIdentity. Axe on each page.
/// </summary>
public sealed class AccountsTests(PortalBrowserFixture fixture) : IClassFixture<PortalBrowserFixture>
{
    private const string Production = "345678901234";

    [SkippableFact]
    public async Task SwitchToProduction_CreateAGroup_ItIsThereWithTheOperatorAsSourceIdentity()
    {
        Skip.IfNot(OnboardingCli.Available, "The AWS CLI is not installed.");
        using var http = new HttpClient { BaseAddress = fixture.Portal.SandboxUrl };
        var productionCli = await MemberAccountCli.ForAsync(fixture.Portal.SandboxUrl, Production);
        var page = await fixture.NewPageAsync();
        await FailureArtifacts.CaptureAsync(page, fixture.Portal, "accounts-switch", async () =>
        {
            await page.GotoAsync("/accounts");
            await Assertions.Expect(page.GetByTestId("accounts-progress")).ToHaveTextAsync("5 of 5 checked", new() { Timeout = 60_000 });
            await Assertions.Expect(page.Locator("tr[data-account]")).ToHaveCountAsync(5);
            await Assertions.Expect(page.GetByTestId("account-error")).ToHaveCountAsync(0);
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "accounts-list");

            await page.GotoAsync("/groups");
            await page.Locator("[data-interactive=true]").WaitForAsync();
            await page.Locator("#account-switcher-input").ClickAsync();
            await page.Locator("#account-switcher-input").FillAsync("prod");
            await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = Production }).ClickAsync();
            await page.WaitForURLAsync($"**/accounts/{Production}/groups");
            await page.Locator("[data-interactive=true]").WaitForAsync();
            await Assertions.Expect(page.Locator("#account-switcher-input")).ToHaveValueAsync($"Production ({Production})");
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "accounts-production-groups");

            const string group = "e2e-production-team";
            await page.Locator("#groups-create").ClickAsync();
            await page.Locator("#create-group-name").FillAsync(group);
            await page.Locator("#create-group-submit").ClickAsync();
            await page.WaitForURLAsync($"**/accounts/{Production}/groups/{group}");
            await Assertions.Expect(page.GetByTestId("group-name")).ToHaveTextAsync(group);
        });

        (await productionCli.RunAsync("iam", "get-group", "--group-name", "e2e-production-team")).ExitCode.Should().Be(0, "the group was made in production");
        (await new OnboardingCli(fixture.Portal.SandboxUrl).RunAsync("iam", "get-group", "--group-name", "e2e-production-team"))
            .ExitCode.Should().NotBe(0, "not in the management account");
        var created = (await http.GetFromJsonAsync<JsonElement>($"/_sandbox/events?account={Production}&name=CreateGroup")).EnumerateArray().Single();
        created.GetProperty("sourceIdentity").GetString().Should().Contain("@", "the change ran in a session named after the operator (their email)");
        created.GetProperty("callerArn").GetString().Should().Contain($"arn:aws:sts::{Production}:assumed-role/IamPortalRole/");
    }
}
