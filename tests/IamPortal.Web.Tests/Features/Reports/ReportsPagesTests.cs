using Bunit;
using IamPortal.Application.Operators;
using IamPortal.Web.Features.Reports;
using IamPortal.Web.Tests.Fakes;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Web.Tests.Features.Reports;

public sealed class CredentialReportPageTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Generate_PollsUntilComplete_ShowsAllColumnsSpecialValuesAndHistory()
    {
        await using var ctx = PortalTestContext.Create();
        var page = ctx.Render<CredentialReportPage>(p => p.Add(x => x.PollInterval, TimeSpan.Zero));
        page.WaitForAssertion(() => page.Find("[data-testid='report-none']"), Wait);

        await page.Find("#report-generate").ClickAsync(new());

        page.WaitForAssertion(() => page.Find("[data-testid='report-rows']"), Wait);
        page.FindAll("[data-testid='report-rows'] th").Should().HaveCount(22);
        var root = page.FindAll("[data-testid='report-rows'] tbody tr")[0];
        root.QuerySelectorAll("em").Select(e => e.TextContent).Should().Contain(["<root_account>", "not_supported", "no_information", "N/A"]);
        page.Find("[data-testid='report-freshness']").TextContent.Should().Contain("IAM generates the next one from 2026-11-28 16:00 UTC");
        page.FindAll("[data-testid='report-history'] tbody tr").Should().HaveCount(1);
        page.Find("[data-testid='report-sha256']").TextContent.Should().HaveLength(64);
    }

    [Fact]
    public async Task Download_AfterGenerate_SendsTheOriginalCsvToTheBrowser()
    {
        await using var ctx = PortalTestContext.Create();
        var fake = ctx.Services.GetRequiredService<FakeCredentialReportService>();
        var page = ctx.Render<CredentialReportPage>(p => p.Add(x => x.PollInterval, TimeSpan.Zero));
        await page.Find("#report-generate").ClickAsync(new());
        page.WaitForAssertion(() => page.Find("[data-testid='report-download']"), Wait);

        await page.Find("[data-testid='report-download']").ClickAsync(new());

        fake.Downloads.Should().Be(1);
        var call = ctx.JSInterop.Invocations.Single(i => i.Identifier == "iamPortal.downloadText");
        call.Arguments[0].Should().Be("credential-report.csv");
        ((string)call.Arguments[2]!).Should().StartWith("user,arn,user_creation_time");
    }

    [Fact]
    public async Task History_ReadFails_SaysSoInItsSection()
    {
        await using var ctx = PortalTestContext.Create();
        ctx.Services.GetRequiredService<FakeCredentialReportService>().FailHistory = true;

        var page = ctx.Render<CredentialReportPage>();

        page.WaitForAssertion(() => page.Find("[data-testid='section-read-error']").TextContent.Should().Contain("not answering"), Wait);
        page.Find("#report-generate").Should().NotBeNull("the rest of the page still works");
    }
}

public sealed class InactiveUsersPageTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private static IRenderedComponent<InactiveUsersPage> Render(BunitContext ctx, string query = "")
    {
        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo("/reports/inactive" + query);
        var page = ctx.Render<InactiveUsersPage>();
        page.WaitForAssertion(() => page.Find("[data-testid='inactive-table']"), Wait);
        return page;
    }

    [Fact]
    public async Task Render_AllUsers_ShowsCardsChartsAndRowsIdlestFirst()
    {
        await using var ctx = PortalTestContext.Create();
        var page = Render(ctx);

        page.Find("[data-testid='card-users']").TextContent.Should().Contain("3");
        page.Find("[data-testid='card-never']").TextContent.Should().Contain("1");
        page.Find("[data-testid='card-mfa']").TextContent.Should().Contain("33.3 %");
        page.FindAll("[data-testid='hygiene-charts'] svg").Should().NotBeEmpty();
        page.Find("[data-testid='by-department']").TextContent.Should().Contain("Finance");
        page.Find("[data-testid='report-freshness']").Should().NotBeNull();
        page.FindAll("[data-testid='inactive-user']").Select(a => a.GetAttribute("href")).Should().Contain("users/bob");
    }

    [Fact]
    public async Task BucketQuery_Over90_ShowsOnlyThoseAndActOnTheseCarriesThem()
    {
        await using var ctx = PortalTestContext.Create();
        var page = Render(ctx, "?bucket=Over90");

        page.FindAll("[data-testid='inactive-user']").Select(a => a.TextContent).Should().Equal("bob");
        await page.Find("#inactive-act").ClickAsync(new());

        ctx.Services.GetRequiredService<NavigationManager>().Uri.Should().EndWith("/users?select=bob");
    }

    [Fact]
    public async Task Export_FilteredRows_DownloadsCsvOfThoseRows()
    {
        await using var ctx = PortalTestContext.Create();
        var page = Render(ctx, "?bucket=Over90");

        await page.Find("#inactive-export").ClickAsync(new());

        var csv = (string)ctx.JSInterop.Invocations.Single(i => i.Identifier == "iamPortal.downloadText").Arguments[2]!;
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        lines[1].Should().StartWith("bob,").And.Contain("> 90 days");
    }

    [Fact]
    public async Task Render_Auditor_HasNoActOnThese()
    {
        await using var ctx = PortalTestContext.Create();
        ctx.Services.GetRequiredService<FakeInactiveUsersService>().CanAct = false;
        ((FakeOperatorContext)ctx.Services.GetRequiredService<IOperatorContext>()).Current = new OperatorIdentity("sub-a", "A", null, "Test", PortalRole.Auditor);

        var page = Render(ctx);

        page.FindAll("#inactive-act").Should().BeEmpty();
    }
}
