using IamPortal.Application.Audit;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Operators;
using IamPortal.Application.Organization;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using static IamPortal.Application.Tests.Organization.OrganizationHarness;

namespace IamPortal.Application.Tests.Organization;

public class OrganizationOverviewServiceTests
{
    private readonly OrganizationHarness _h = new();

    private static UserInventoryRow User(string name, bool console, bool mfa, int? keyAgeDays, int? idleDays) => Sample.Row(name, mfa: mfa) with
    {
        PasswordEnabled = console,
        PasswordLastUsed = idleDays is { } d ? Sample.Now.AddDays(-d) : null,
        AccessKey1 = keyAgeDays is { } age ? new AccessKeySlot(true, Sample.Now.AddDays(-age), null, null, null) : null,
        CreateDate = Sample.Now.AddDays(-400),
    };

    private IOrganizationOverviewService Service() => _h.Build().GetRequiredService<IOrganizationOverviewService>();

    [Fact]
    public async Task GetAsync_ProdUsers_CountsMfaOldKeysInactiveAndFailingFindings()
    {
        _h.Inventories[Prod.Id] = Snapshot(Prod.Id,
            User("alice", console: true, mfa: true, keyAgeDays: 120, idleDays: 2),
            User("bob", console: true, mfa: false, keyAgeDays: 10, idleDays: 100),
            User("ci", console: false, mfa: false, keyAgeDays: 95, idleDays: null));

        var result = await Service().GetAsync();

        result.Succeeded.Should().BeTrue();
        var prod = result.Value!.Rows.Single(r => r.Account == Prod);
        prod.Figures.Should().Be(new AccountFigures(3, 2, 1, 2, 2, Sample.Now.AddHours(-1)));
        prod.Figures!.MfaCoveragePercent.Should().Be(50);
        prod.Findings!.Failing(RiskSeverity.High).Should().Be(2, "the 5 accepted resources are not failing");
        prod.Findings.Failing(RiskSeverity.Critical).Should().Be(1);
        result.Value.Totals.Users.Should().Be(3);
        result.Value.FailingTotal(RiskSeverity.High).Should().Be(6);
    }

    [Fact]
    public async Task GetAsync_AccountTheOperatorCannotRead_LeftOut()
    {
        _h.Roles[Dev.Id] = PortalRole.None;

        var result = await Service().GetAsync();

        result.Value!.Rows.Select(r => r.Account.Name).Should().Equal("prod", "staging");
    }

    [Fact]
    public async Task GetAsync_NoReadableAccount_Denied()
    {
        foreach (var id in _h.Roles.Keys) _h.Roles[id] = PortalRole.None;

        (await Service().GetAsync()).Status.Should().Be(IamPortal.Application.Commands.CommandStatus.Denied);
    }

    [Fact]
    public async Task GetAsync_FailedAccount_ShowsItsErrorAndTheOthersStillRead()
    {
        _h.Failing[Staging.Id] = new IamException("AccessDenied", "AssumeRole into arn:aws:iam::222222222222:role/IamPortalRole was refused.");

        var result = await Service().GetAsync();

        var staging = result.Value!.Rows.Single(r => r.Account == Staging);
        staging.IsOk.Should().BeFalse();
        staging.Error.Should().Contain("AssumeRole");
        staging.Figures.Should().BeNull();
        result.Value.Rows.Where(r => r.Account != Staging).Should().OnlyContain(r => r.IsOk && r.Figures != null);
        result.Value.FailedAccounts.Should().Be(1);
    }

    [Fact]
    public async Task GetAsync_TeamLeadInAnAccount_FiguresWithoutFindings()
    {
        _h.Roles[Staging.Id] = PortalRole.TeamLead;

        var staging = (await Service().GetAsync()).Value!.Rows.Single(r => r.Account == Staging);

        staging.Figures.Should().NotBeNull();
        staging.Findings!.FailingBySeverity.Should().BeNull();
        staging.Findings.Note.Should().Contain("role");
    }

    [Fact]
    public async Task RefreshAllAsync_ThreeAccountsOneFailing_RefreshesEachOnceAndReportsProgress()
    {
        _h.Failing[Dev.Id] = new IamException("AccessDenied", "Not authorized to perform sts:AssumeRole");
        var progress = new List<AccountRefreshProgress>();

        var result = await Service().RefreshAllAsync(p => { lock (progress) progress.Add(p); });

        _h.Refreshes.Should().BeEquivalentTo(new Dictionary<string, int> { [Prod.Id] = 1, [Staging.Id] = 1, [Dev.Id] = 1 });
        progress.Should().HaveCount(3);
        progress.Single(p => p.Account == Dev).Should().Match<AccountRefreshProgress>(p => p.State == RefreshState.Failed && p.Error!.Contains("AssumeRole"));
        progress.Where(p => p.Account != Dev).Should().OnlyContain(p => p.State == RefreshState.Done);
        result.Value!.Rows.Should().HaveCount(3);
    }

    [Fact]
    public async Task ExportCsvAsync_Overview_RowsAndTotalsAudited()
    {
        var service = Service();
        var overview = (await service.GetAsync()).Value!;

        var csv = await service.ExportCsvAsync(overview);

        var lines = csv.Value!.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().StartWith("account_name,account_id,users");
        lines.Should().HaveCount(5);
        lines[1].Should().StartWith("prod,111111111111,0,");
        lines[^1].Should().StartWith("Total,,0,");
        _h.Audit.Entries.Should().ContainSingle(e => e.Record.Action == AuditActions.ExportOrganizationOverview && e.Record.Outcome == AuditOutcomes.Success);
    }

    [Fact]
    public async Task GetAsync_SameSnapshotAgain_ReusesTheEvaluationUntilTheSnapshotChanges()
    {
        var service = Service();
        await service.GetAsync();
        await service.GetAsync();
        _h.FindingsEvaluations.Should().Be(3, "one evaluation per account while the snapshots stay the same");

        _h.Inventories[Prod.Id] = Snapshot(Prod.Id, User("new", console: false, mfa: false, keyAgeDays: null, idleDays: 1));
        var result = await service.GetAsync();

        _h.FindingsEvaluations.Should().Be(4);
        result.Value!.Rows.Single(r => r.Account == Prod).Figures!.Users.Should().Be(1);
    }
}
