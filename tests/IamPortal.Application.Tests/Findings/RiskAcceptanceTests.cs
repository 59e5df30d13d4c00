using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Findings;
using IamPortal.Application.Findings.Checks;
using IamPortal.Application.Inventory;
using IamPortal.Application.Operators;
using IamPortal.Application.Tests.Fakes;
using IamPortal.Application.Tests.Policies.Effective;
using IamPortal.Application.Trends;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static IamPortal.Application.Tests.Findings.FindingsSample;

namespace IamPortal.Application.Tests.Findings;

public sealed class RiskAcceptanceTests
{
    private readonly FakeTimeProvider _time = new(Now);
    private readonly MemoryAuditLog _audit = new();
    private readonly MemoryAcceptanceStore _store = new();
    private readonly IInventoryService _inventory = Substitute.For<IInventoryService>();
    private readonly IamPortal.Application.Iam.IIamAccountApi _iam = Substitute.For<IamPortal.Application.Iam.IIamAccountApi>();

    private const string Check = "iam_user_mfa_enabled_console_access";

    public RiskAcceptanceTests()
    {
        _inventory.GetAsync(default).ReturnsForAnyArgs(_ => Input([User("alice") with { PasswordEnabled = true }]).Inventory);
        _iam.GetAccountSummaryAsync(default).ReturnsForAnyArgs(new Dictionary<string, long> { ["AccountMFAEnabled"] = 1, ["AccountAccessKeysPresent"] = 0 });
    }

    private RiskAcceptanceService Acceptances(PortalRole role = PortalRole.Auditor)
    {
        var op = new FakeOperator(role);
        return new RiskAcceptanceService(new AuditedOperations(op, _audit, new FakeAccounts(), _time), op, new FakeAccounts(), _store,
            Options.Create(new FindingsOptions()), _time);
    }

    private FindingsService Findings(PortalRole role = PortalRole.Auditor) => new(new FakeOperator(role), _inventory, Engine());

    private FindingsEngine Engine() => new(_iam, new AccountSettingsCache(), _store, new ActionRiskAnalyzer(), Options.Create(new FindingsOptions()), _time);

    private static AcceptRiskRequest Request(DateOnly? expires) => new(Check, "AIDAalice", "alice", "Team lead", "Break-glass user, MFA on the hardware safe.", expires);

    private async Task<FindingStatus> AliceAsync() => (await Findings().GetReportAsync()).ResultsFor(Check).Single().Status;

    [Fact]
    public async Task Accept_Lifecycle_AcceptedUntilEndOfChosenDayThenFailAgain()
    {
        (await AliceAsync()).Should().Be(FindingStatus.Fail);
        var day = DateOnly.FromDateTime(Now.UtcDateTime).AddDays(10);
        var result = await Acceptances().AcceptAsync(Request(day));
        result.Succeeded.Should().BeTrue();
        result.Value!.ExpiresAt.Should().Be(new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        result.Value.AcceptedBy.Should().Be("Test Operator");

        var report = await Findings().GetReportAsync();
        report.ResultsFor(Check).Single().Status.Should().Be(FindingStatus.Accepted);
        report.Checks.Single(c => c.Definition.Id == Check).Should().Match<CheckSummary>(c => c.Status == FindingStatus.Accepted && c.Accepted == 1 && c.Failed == 0);

        _time.SetUtcNow(result.Value.ExpiresAt.AddSeconds(-1));
        (await AliceAsync()).Should().Be(FindingStatus.Accepted);
        (await Acceptances().ListAsync()).Value!.Single().ExpiresSoon.Should().BeTrue();
        _time.SetUtcNow(result.Value.ExpiresAt);
        (await AliceAsync()).Should().Be(FindingStatus.Fail);
        _audit.Entries.Should().Contain(e => e.Record.Action == AuditActions.AcceptFindingRisk && e.Record.Outcome == AuditOutcomes.Success);
    }

    [Fact]
    public async Task Revoke_AcceptedBecomesFailAndIsAudited()
    {
        var accepted = (await Acceptances().AcceptAsync(Request(DateOnly.FromDateTime(Now.UtcDateTime).AddDays(100)))).Value!;
        (await Acceptances().ListAsync()).Value!.Single().ExpiresSoon.Should().BeFalse();
        var revoked = await Acceptances().RevokeAsync(accepted.Id);
        revoked.Value!.RevokedAt.Should().Be(Now);
        (await AliceAsync()).Should().Be(FindingStatus.Fail);
        (await Acceptances().ListAsync()).Value.Should().BeEmpty();
        (await Acceptances().ListAsync(includeInactive: true)).Value.Should().ContainSingle();
        _audit.Entries.Should().Contain(e => e.Record.Action == AuditActions.RevokeFindingRisk);
    }

    [Fact]
    public async Task Accept_BadInput_ErrorsAtFieldsNothingStored()
    {
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        var missing = await Acceptances().AcceptAsync(new AcceptRiskRequest(Check, "AIDAalice", "alice", " ", "short", null));
        missing.Status.Should().Be(CommandStatus.Invalid);
        missing.Errors.Keys.Should().BeEquivalentTo("Owner", "Justification", "ExpiresOn");
        (await Acceptances().AcceptAsync(Request(today.AddDays(366)))).Errors.Should().ContainKey("ExpiresOn");
        (await Acceptances().AcceptAsync(Request(today.AddDays(-1)))).Errors.Should().ContainKey("ExpiresOn");
        (await Acceptances().AcceptAsync(Request(today.AddDays(365)))).Succeeded.Should().BeTrue();
        _store.Items.Should().ContainSingle();
    }

    [Fact]
    public async Task Accept_WhileOneIsActive_RefusedAtTheExpiryFieldAuditedAsInvalidAndAllowedAfterRevoke()
    {
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        var first = (await Acceptances().AcceptAsync(Request(today.AddDays(30)))).Value!;

        var second = await Acceptances().AcceptAsync(Request(today.AddDays(200)) with { Owner = "Someone else" });

        second.Status.Should().Be(CommandStatus.Invalid);
        second.Errors["ExpiresOn"].Should().Contain($"until {today.AddDays(30):yyyy-MM-dd}").And.Contain("Team lead").And.Contain("revoke");
        _store.Items.Should().ContainSingle();
        _audit.Entries.Should().ContainSingle(e => e.Record.Action == AuditActions.AcceptFindingRisk && e.Record.Outcome == AuditOutcomes.Invalid);

        (await Acceptances().RevokeAsync(first.Id)).Succeeded.Should().BeTrue();
        var renewed = await Acceptances().AcceptAsync(Request(today.AddDays(200)));
        renewed.Succeeded.Should().BeTrue("a renewal is a revoke and a new acceptance");
        (await Findings().GetReportAsync()).ResultsFor(Check).Single().Acceptance!.Id.Should().Be(renewed.Value!.Id);
    }

    [Fact]
    public async Task Accept_AfterTheEarlierOneExpired_IsAllowedAndOtherResourcesAreIndependent()
    {
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        var first = (await Acceptances().AcceptAsync(Request(today))).Value!;
        (await Acceptances().AcceptAsync(Request(today.AddDays(5)) with { ResourceId = "AIDAbob", ResourceName = "bob" })).Succeeded.Should().BeTrue();

        _time.SetUtcNow(first.ExpiresAt);

        (await Acceptances().AcceptAsync(Request(today.AddDays(40)))).Succeeded.Should().BeTrue();
        _store.Items.Should().HaveCount(3);
    }

    [Fact]
    public async Task Authorization_TeamLeadCannotAcceptOrReadReportButReadsUserFindings()
    {
        (await Acceptances(PortalRole.TeamLead).AcceptAsync(Request(DateOnly.FromDateTime(Now.UtcDateTime).AddDays(5)))).Status.Should().Be(CommandStatus.Denied);
        (await Acceptances(PortalRole.TeamLead).ListAsync()).Status.Should().Be(CommandStatus.Denied);
        await FluentActions.Invoking(() => Findings(PortalRole.TeamLead).GetReportAsync()).Should().ThrowAsync<PortalAccessDeniedException>();
        (await Findings(PortalRole.TeamLead).ForUserAsync("alice")).Should().Contain(r => r.CheckId == Check && r.Status == FindingStatus.Fail);
        (await Acceptances(PortalRole.SecurityAdmin).AcceptAsync(Request(DateOnly.FromDateTime(Now.UtcDateTime).AddDays(5)))).Succeeded.Should().BeTrue();
        _store.Items.Should().ContainSingle();
    }

    [Fact]
    public async Task TrendState_AcceptedRiskIsKeptAsAcceptedNotPassed()
    {
        var source = new FindingsTrendStateSource(new InventoryTrendStateSource(_time, Options.Create(new TrendOptions())), Engine());
        var before = await source.ReadAsync(await _inventory.GetAsync());
        before.Findings.Single(f => f.CheckId == Check && f.UserName == "alice").Status.Should().Be(TrendFindingStatus.Fail);
        before.Summary.FailingByCheck.Should().ContainKey(Check);

        (await Acceptances().AcceptAsync(Request(DateOnly.FromDateTime(Now.UtcDateTime).AddDays(30)))).Succeeded.Should().BeTrue();
        var after = await source.ReadAsync(await _inventory.GetAsync());

        after.Findings.Single(f => f.CheckId == Check && f.UserName == "alice").Status.Should().Be(TrendFindingStatus.Accepted);
        after.Summary.FailingByCheck.Should().NotContainKey(Check);
        after.Summary.Users.Should().Be(1);
    }

    [Fact]
    public async Task Settings_ReadOncePerLifetimeAndUnreadablePasswordPolicyIsManual()
    {
        var cache = new AccountSettingsCache();
        var service = new FindingsService(new FakeOperator(PortalRole.Auditor), _inventory,
            new FindingsEngine(_iam, cache, _store, new ActionRiskAnalyzer(), Options.Create(new FindingsOptions()), _time));
        await service.GetReportAsync();
        await service.GetReportAsync();
        await _iam.ReceivedWithAnyArgs(1).GetAccountPasswordPolicyAsync(default);
        cache.InvalidateAll();
        _iam.GetAccountPasswordPolicyAsync(default).ThrowsAsyncForAnyArgs(new IamPortal.Application.Iam.IamException("AccessDenied", "denied", null, 403));
        var report = await service.GetReportAsync();
        report.ResultsFor("iam_password_policy_minimum_length_14").Single().Status.Should().Be(FindingStatus.Manual);
    }
}

internal sealed class MemoryAcceptanceStore : IRiskAcceptanceStore
{
    public List<RiskAcceptance> Items { get; } = [];
    public Task<IReadOnlyList<RiskAcceptance>> ListAsync(string accountId, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<RiskAcceptance>>([.. Items.Where(i => i.AccountId == accountId)]);
    public Task<RiskAcceptance?> FindAsync(Guid id, CancellationToken ct = default) => Task.FromResult(Items.FirstOrDefault(i => i.Id == id));
    public Task AddAsync(RiskAcceptance acceptance, CancellationToken ct = default) { Items.Add(acceptance); return Task.CompletedTask; }
    public Task UpdateAsync(RiskAcceptance acceptance, CancellationToken ct = default)
    {
        Items[Items.FindIndex(i => i.Id == acceptance.Id)] = acceptance;
        return Task.CompletedTask;
    }
}
