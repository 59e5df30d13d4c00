using System.Globalization;
using Bunit;
using IamPortal.Web.Components.Shared;
using IamPortal.Application.Iam;
using IamPortal.Web.Features.Users;
using IamPortal.Web.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IamPortal.Web.Tests.Features.Users;

public sealed class UsersGridTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Render_WithUsers_ShowsRowsFromTheQueryService()
    {
        var users = new FakeUserQueryService { Rows = TestData.Rows(3) };
        await using var ctx = PortalTestContext.Create(users);

        var cut = ctx.Render<UsersGrid>();

        cut.WaitForAssertion(() => cut.FindAll("tbody tr.mud-table-row").Count.Should().Be(3), Wait);
        var link = cut.Find("a[href='users/user001']");
        link.TextContent.Should().Be("user001");
        cut.Markup.Should().Contain("3 users").And.Contain("Inventory built 2 minutes ago");
        cut.Markup.Should().NotContain("developers", "Groups is in the column picker, not the default set (Risk took its place)");
        users.LastQuery.PageSize.Should().Be(25);
        users.LastQuery.Page.Should().Be(0);
    }

    [Fact]
    public async Task Render_OldActiveKey_ShowsAgeAsWarning()
    {
        var users = new FakeUserQueryService { Rows = [TestData.Row("old-key", keyAgeDays: 120, mfa: true)] };
        await using var ctx = PortalTestContext.Create(users);

        var cut = ctx.Render<UsersGrid>();

        cut.WaitForAssertion(() => cut.Markup.Should().Contain("120 days"), Wait);
        cut.Find("[aria-label='Older than 90 days:']").Should().NotBeNull();
        cut.Markup.Should().Contain("Enabled").And.Contain("3 months ago");
    }

    [Fact]
    public async Task Search_TypedInSearchBox_PassesSearchToQuery()
    {
        var users = new FakeUserQueryService { Rows = TestData.Rows(5) };
        await using var ctx = PortalTestContext.Create(users);
        var cut = ctx.Render<UsersGrid>();
        cut.WaitForAssertion(() => cut.FindAll("tbody tr.mud-table-row").Count.Should().Be(5), Wait);

        cut.Find("#users-search").Input("user003");
        // The search box debounces on MudBlazor's TimeProvider, which is the test's fake clock.
        ctx.Services.GetRequiredService<TimeProvider>().As<FakeTimeProvider>().Advance(TimeSpan.FromMilliseconds(400));

        cut.WaitForAssertion(() => users.LastQuery.Search.Should().Be("user003"), Wait);
        cut.WaitForAssertion(() => cut.FindAll("tbody tr.mud-table-row").Count.Should().Be(1), Wait);
    }

    [Fact]
    public async Task Search_TenThousandCharacters_QueryGetsTheCappedSearchAndFieldSaysTheLimit()
    {
        var users = new FakeUserQueryService { Rows = TestData.Rows(5) };
        await using var ctx = PortalTestContext.Create(users);
        var cut = ctx.Render<UsersGrid>();
        cut.WaitForAssertion(() => cut.FindAll("tbody tr.mud-table-row").Count.Should().Be(5), Wait);
        cut.Find("#users-search").GetAttribute("maxlength").Should().Be(InputLimits.Search.ToString(CultureInfo.InvariantCulture));

        // bUnit does not apply maxlength as a browser does: the server caps what arrives all the same.
        cut.Find("#users-search").Input("ab" + string.Concat(Enumerable.Repeat("中👩\u202E", 2500)));
        ctx.Services.GetRequiredService<TimeProvider>().As<FakeTimeProvider>().Advance(TimeSpan.FromMilliseconds(400));

        cut.WaitForAssertion(() => users.LastQuery.Search.Should().HaveLength(InputLimits.Search - 1, "never half a surrogate pair"), Wait);
        cut.WaitForAssertion(() => cut.Markup.Should().Contain("Searches use at most 256 characters."), Wait);
    }

    [Fact]
    public async Task Sort_ClickOnColumnHeader_PassesSortToQuery()
    {
        var users = new FakeUserQueryService { Rows = TestData.Rows(5) };
        await using var ctx = PortalTestContext.Create(users);
        var cut = ctx.Render<UsersGrid>();
        cut.WaitForAssertion(() => cut.FindAll("tbody tr.mud-table-row").Count.Should().Be(5), Wait);

        var header = cut.FindAll("th").First(th => th.TextContent.Contains("Active key age"));
        header.QuerySelector(".sortable-column-header")!.Click();

        cut.WaitForAssertion(() => users.LastQuery.Sort.Should().ContainSingle()
            .Which.Should().Be(new IamPortal.Application.Users.SortSpec("ActiveKeyAgeDays", false)), Wait);
    }

    [Fact]
    public async Task Paging_NextPage_PassesPageToQuery()
    {
        var users = new FakeUserQueryService { Rows = TestData.Rows(60) };
        await using var ctx = PortalTestContext.Create(users);
        var cut = ctx.Render<UsersGrid>();
        cut.WaitForAssertion(() => cut.FindAll("tbody tr.mud-table-row").Count.Should().Be(25), Wait);

        cut.Find("button[aria-label='Next page']").Click();

        cut.WaitForAssertion(() => users.LastQuery.Page.Should().Be(1), Wait);
        cut.WaitForAssertion(() => cut.Find("a[href='users/user026']").Should().NotBeNull(), Wait);
    }

    [Fact]
    public async Task Render_NoMatches_ShowsEmptyStateWithClearFilters()
    {
        var users = new FakeUserQueryService { Rows = [], AccountUserCount = 40 };
        await using var ctx = PortalTestContext.Create(users);

        var cut = ctx.Render<UsersGrid>();

        cut.WaitForAssertion(() => cut.Find("[data-testid='users-empty']").TextContent.Should().Contain("No users match these filters"), Wait);
        cut.FindAll("button").Should().Contain(b => b.TextContent.Contains("Clear filters"));
    }

    [Fact]
    public async Task Render_QueryThrowsIamException_ShowsPlainLanguageAlert()
    {
        var users = new FakeUserQueryService { Failure = new IamAccessDeniedException("User is not authorized to perform iam:ListUsers") };
        await using var ctx = PortalTestContext.Create(users);

        var cut = ctx.Render<UsersGrid>();

        cut.WaitForAssertion(() => cut.Find("[data-testid='users-error']").TextContent
            .Should().Contain("The users could not be loaded"), Wait);
        cut.FindAll("[data-testid='users-empty']").Should().BeEmpty();
    }

    [Fact]
    public async Task Refresh_Clicked_RefreshesInventoryAndReloads()
    {
        var users = new FakeUserQueryService { Rows = TestData.Rows(2) };
        var inventory = new FakeInventoryService();
        await using var ctx = PortalTestContext.Create(users, inventory: inventory);
        var cut = ctx.Render<UsersGrid>();
        cut.WaitForAssertion(() => cut.FindAll("tbody tr.mud-table-row").Count.Should().Be(2), Wait);
        var before = users.Queries.Count;

        cut.Find("button[aria-label='Refresh the inventory from IAM']").Click();

        cut.WaitForAssertion(() => inventory.Refreshes.Should().Be(1), Wait);
        cut.WaitForAssertion(() => users.Queries.Count.Should().BeGreaterThan(before), Wait);
    }

    [Fact]
    public async Task Export_Clicked_DownloadsCsvOfCurrentQuery()
    {
        var users = new FakeUserQueryService { Rows = TestData.Rows(2) };
        await using var ctx = PortalTestContext.Create(users);
        var cut = ctx.Render<UsersGrid>();
        cut.WaitForAssertion(() => cut.FindAll("tbody tr.mud-table-row").Count.Should().Be(2), Wait);

        cut.Find("button[aria-label='Export CSV of the filtered users']").Click();

        cut.WaitForAssertion(() => users.Exports.Should().ContainSingle(), Wait);
        var download = ctx.JSInterop.VerifyInvoke("iamPortal.downloadText");
        download.Arguments[0].Should().Be("iam-users-123456789012-20261128-1200.csv");
        download.Arguments[2].As<string>().Should().Contain("user001");
    }
}
