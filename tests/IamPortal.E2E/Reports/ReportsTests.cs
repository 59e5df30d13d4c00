using System.Text;
using IamPortal.E2E.Infrastructure;
using IamPortal.Web.Tests.Features.Onboarding;
using Microsoft.Playwright;

namespace IamPortal.E2E.Reports;

/// <summary>
/// The credential report and the inactive-user dashboard in real Chromium against the demo portal (seeded Sandbox): the
/// report generated in the browser and downloaded holds the same users as IAM's own report read with the AWS CLI; the
/// dashboard's CSV holds exactly the filtered rows, and "Act on these" carries them to the users list. Axe on each page.
/// </summary>
public sealed class ReportsTests(PortalBrowserFixture fixture) : IClassFixture<PortalBrowserFixture>
{
    [SkippableFact]
    public async Task CredentialReport_GenerateAndDownload_SameUsersAsTheCli()
    {
        Skip.IfNot(OnboardingCli.Available, "The AWS CLI is not installed.");
        var cli = new OnboardingCli(fixture.Portal.SandboxUrl);
        var page = await fixture.NewPageAsync();
        await FailureArtifacts.CaptureAsync(page, fixture.Portal, "reports-credentials", async () =>
        {
            await page.GotoAsync("/reports/credentials");
            await page.Locator("[data-interactive=true]").WaitForAsync();
            await page.Locator("#report-generate").ClickAsync();
            await Assertions.Expect(page.GetByTestId("report-rows")).ToBeVisibleAsync(new() { Timeout = 60_000 });
            await Assertions.Expect(page.GetByTestId("report-history")).ToBeVisibleAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "reports-credentials");

            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("report-download").First.ClickAsync());
            var portalUsers = FirstColumn(await File.ReadAllTextAsync((await download.PathAsync())!));

            var report = (await cli.RunAsync("iam", "get-credential-report")).Json;
            var cliUsers = FirstColumn(Encoding.UTF8.GetString(Convert.FromBase64String(report.GetProperty("Content").GetString()!)));
            portalUsers.Should().Contain("<root_account>");
            portalUsers.Should().BeEquivalentTo(cliUsers, "the downloaded file is IAM's report itself");
        });
    }

    [SkippableFact]
    public async Task InactiveDashboard_FilteredCsvAndActOnThese_CarryTheSameUsers()
    {
        var page = await fixture.NewPageAsync();
        await FailureArtifacts.CaptureAsync(page, fixture.Portal, "reports-inactive", async () =>
        {
            await page.GotoAsync("/reports/inactive?bucket=Over90");
            await page.Locator("[data-interactive=true]").WaitForAsync();
            await Assertions.Expect(page.GetByTestId("hygiene-cards")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("inactive-user").First).ToBeVisibleAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "reports-inactive");

            var shown = (await page.GetByTestId("inactive-user").AllTextContentsAsync()).Select(t => t.Trim()).ToList();
            foreach (var bucket in await page.GetByTestId("inactive-bucket").AllTextContentsAsync())
                bucket.Should().Contain("> 90 days");

            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#inactive-export").ClickAsync());
            var exported = FirstColumn(await File.ReadAllTextAsync((await download.PathAsync())!));
            if (shown.Count < 50) exported.Should().BeEquivalentTo(shown, "the CSV holds exactly the filtered rows");
            else exported.Should().Contain(shown);

            await page.Locator("#inactive-act").ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("/users?select=", StringComparison.Ordinal));
            await Assertions.Expect(page.GetByTestId("bulk-selected")).ToHaveTextAsync($"{exported.Count} selected");
        });
    }

    /// <summary>The first column of each data row of a CSV (the user name in both files).</summary>
    private static List<string> FirstColumn(string csv) =>
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(l => l.Split(',')[0].Trim().Trim('"')).Where(n => n.Length > 0).ToList();
}
