using Bunit;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Web.Features.Users;
using IamPortal.Web.Tests.Fakes;

namespace IamPortal.Web.Tests.Features.Users;

public sealed class UsersRiskColumnTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Render_RowsWithRisk_ShowEachUsersHighestSeverityOrUnknown()
    {
        var users = new FakeUserQueryService
        {
            Rows = [TestData.Row("alice") with { Risk = RiskSeverity.Critical }, TestData.Row("bob") with { Risk = RiskSeverity.None }, TestData.Row("carol")],
        };
        await using var ctx = PortalTestContext.Create(users);

        var cut = ctx.Render<UsersGrid>();

        cut.WaitForAssertion(() => cut.FindAll("tbody tr.mud-table-row").Count.Should().Be(3), Wait);
        cut.FindAll("th").Should().Contain(th => th.TextContent.Trim().StartsWith("Risk"));
        cut.Find("[aria-label='Risk of alice: Critical']").TextContent.Trim().Should().Be("Critical");
        cut.Find("[aria-label='Risk of bob: None']").GetAttribute("data-severity").Should().Be("None");
        cut.FindAll("tbody tr.mud-table-row")[2].TextContent.Should().Contain("Unknown");
    }

    [Fact]
    public async Task Sort_ClickRiskHeader_QueriesSortedByRisk()
    {
        var users = new FakeUserQueryService { Rows = TestData.Rows(3) };
        await using var ctx = PortalTestContext.Create(users);
        var cut = ctx.Render<UsersGrid>();
        cut.WaitForAssertion(() => cut.FindAll("tbody tr.mud-table-row").Count.Should().Be(3), Wait);

        cut.FindAll("th").First(th => th.TextContent.Trim().StartsWith("Risk")).QuerySelector(".sortable-column-header")!.Click();

        cut.WaitForAssertion(() => users.LastQuery.Sort.Should().ContainSingle(s => s.Column == "Risk"), Wait);
    }

    [Fact]
    public void Columns_Default_ShowRisk()
    {
        new UsersGridColumns().IsShown("Risk").Should().BeTrue();
        UsersGridColumns.Optional.Should().Contain(c => c.Key == "Risk" && c.Title == "Risk");
    }

    [Fact]
    public void ToValue_Severity_IsASeverityFilter()
    {
        GridFilterWords.ToValue(RiskSeverity.High).Should().Be(Application.Users.FilterValue.Severity(RiskSeverity.High));
    }
}
