using IamPortal.Application.Operators;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Effective;
using IamPortal.Application.Users;
using IamPortal.Application.Tests.Fakes;
using static IamPortal.Application.Tests.Policies.Effective.EffectiveInventory;

namespace IamPortal.Application.Tests.Policies.Effective;

/// <summary>The users list's Risk column: filled from the effective risk, sortable and filterable over every user.</summary>
public class UsersRiskQueryTests
{
    private static readonly EffectiveInventory Inventory = new EffectiveInventory()
        .Group("admins", [AdminArn]).Group("deployers", [PassRoleArn]).Group("runners", [RunInstancesArn])
        .User("alice", ["admins"]).User("bob", ["deployers", "runners"]).User("carol", ["deployers"]).User("dave");

    private static UserQueryService Service(IIdentityRiskService? risk) => new(Inventory, new FakeOperator(PortalRole.Auditor), risk);

    private static IIdentityRiskService Risk() => new IdentityRiskService(Inventory, new ActionRiskAnalyzer(), new EffectiveRiskCache(),
        new PolicyDocumentFetcher(Substitute.For<Application.Iam.IIamPoliciesApi>(), new FakeOperator(PortalRole.Auditor)));

    [Fact]
    public async Task QueryAsync_SortByRiskDescending_MostRiskyFirstWithTheirSeverity()
    {
        var result = await Service(Risk()).QueryAsync(new UserQuery { Sort = [new SortSpec("Risk", Descending: true)] });

        result.Items.Select(r => (r.UserName, r.Risk)).Should().Equal(
            ("alice", RiskSeverity.Critical), ("bob", RiskSeverity.High), ("carol", RiskSeverity.None), ("dave", RiskSeverity.None));
    }

    [Fact]
    public async Task QueryAsync_FilterAtLeastHigh_KeepsOnlyThoseUsers()
    {
        var query = new UserQuery { Filters = [new ColumnFilter("Risk", ColumnFilterOperator.GreaterThanOrEqual, FilterValue.Severity(RiskSeverity.High))] };

        var result = await Service(Risk()).QueryAsync(query);

        result.Items.Select(r => r.UserName).Should().Equal("alice", "bob");
        result.TotalCount.Should().Be(2);
    }

    [Fact]
    public async Task QueryAsync_NotByRisk_PageRowsStillCarryTheirRisk()
    {
        var result = await Service(Risk()).QueryAsync(new UserQuery { PageSize = 2 });

        result.Items.Select(r => r.Risk).Should().Equal(RiskSeverity.Critical, RiskSeverity.High);
    }

    [Fact]
    public async Task QueryAsync_RiskFails_RowsComeWithoutIt()
    {
        var risk = Substitute.For<IIdentityRiskService>();
        risk.UserSeveritiesAsync(Arg.Any<CancellationToken>()).Returns<IReadOnlyDictionary<string, RiskSeverity>>(_ => throw new InvalidOperationException("engine down"));

        var result = await Service(risk).QueryAsync(new UserQuery());

        result.Items.Should().HaveCount(4).And.OnlyContain(r => r.Risk == null);
    }

    [Fact]
    public async Task ExportCsvAsync_EveryRow_HasItsRisk()
    {
        var csv = await Service(Risk()).ExportCsvAsync(new UserQuery());

        csv.Split('\n')[0].TrimEnd().Should().EndWith(",Risk");
        csv.Should().Contain("Critical").And.Contain("High");
    }
}
