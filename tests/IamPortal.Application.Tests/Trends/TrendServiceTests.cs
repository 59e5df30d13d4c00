using System.Text.Json;
using IamPortal.Application.Accounts;
using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Inventory;
using IamPortal.Application.Operators;
using IamPortal.Application.Tests.Fakes;
using IamPortal.Application.Trends;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace IamPortal.Application.Tests.Trends;

public sealed class TrendServiceTests
{
    private readonly FakeTimeProvider _time = new(Sample.Now);
    private readonly MemoryTrendStore _store = new();
    private readonly MemoryAuditLog _audit = new();
    private readonly IInventoryService _inventory = Substitute.For<IInventoryService>();
    private UserInventoryRow _amy = Sample.Row("amy") with { PasswordEnabled = true, PasswordLastUsed = Sample.Now, MfaActive = false };

    private TrendService Service(PortalRole role = PortalRole.Auditor)
    {
        var op = new FakeOperator(role);
        var options = Options.Create(new TrendOptions());
        _inventory.RefreshAsync(default).ReturnsForAnyArgs(_ => new InventorySnapshot(new AccountContext(FakeAccounts.AccountId, null), _time.GetUtcNow(), null, [_amy], [], [], TimeSpan.Zero));
        return new TrendService(_store, new TrendSnapshotter(new InventoryTrendStateSource(_time, options), _store, _time), _inventory,
            new FakeAccounts(), op, new AuditedOperations(op, _audit, new FakeAccounts(), _time));
    }

    [Fact]
    public async Task TakeSnapshotAsync_Auditor_StoredAndAudited()
    {
        var taken = await Service().TakeSnapshotAsync();

        taken.Succeeded.Should().BeTrue();
        taken.Value!.Summary.ConsoleUsers.Should().Be(1);
        taken.Value.Summary.MfaCoveragePercent.Should().Be(0);
        taken.Value.Summary.FailingByCheck.Should().ContainKey(InventoryTrendStateSource.ConsoleMfa);
        _audit.Entries.Should().ContainSingle(e => e.Record.Action == AuditActions.TakeTrendSnapshot);
    }

    [Fact]
    public async Task TakeSnapshotAsync_TeamLead_DeniedAndNothingStored()
    {
        var taken = await Service(PortalRole.TeamLead).TakeSnapshotAsync();

        taken.Status.Should().Be(CommandStatus.Denied);
        _store.All.Should().BeEmpty();
    }

    [Fact]
    public async Task CompareAsync_MfaEnrolledBetweenSnapshots_Resolved()
    {
        var first = (await Service().TakeSnapshotAsync()).Value!;
        _time.Advance(TimeSpan.FromDays(2));
        _amy = _amy with { MfaActive = true };
        var second = (await Service().TakeSnapshotAsync()).Value!;

        var compared = await Service().CompareAsync(second.Id, first.Id);

        compared.Value!.From.Id.Should().Be(first.Id, "compared in time order");
        compared.Value.Of(TrendChangeKind.Resolved).Should().ContainSingle(c => c.CheckId == InventoryTrendStateSource.ConsoleMfa && c.UserName == "amy");
        (await Service().RemediationTimesAsync()).Single(t => t.CheckId == InventoryTrendStateSource.ConsoleMfa).Mean.Should().Be(TimeSpan.FromDays(2));
    }

    [Fact]
    public async Task CompareAsync_SameSnapshot_ErrorAtTheField()
    {
        var first = (await Service().TakeSnapshotAsync()).Value!;
        (await Service().CompareAsync(first.Id, first.Id)).Errors.Should().ContainKey("To");
    }

    [Fact]
    public async Task ExportAttestationAsync_Json_IsCanonicalDocumentAndHashAudited()
    {
        var snapshot = (await Service().TakeSnapshotAsync()).Value!;

        var json = await Service().ExportAttestationAsync(snapshot.Id, AttestationFormat.Json);
        var csv = await Service().ExportAttestationAsync(snapshot.Id, AttestationFormat.Csv);

        json.Value!.FileSha256.Should().Be(snapshot.Sha256, "the JSON attestation is the hashed document itself");
        System.Text.Encoding.UTF8.GetString(csv.Value!.Content).Should().StartWith("AccountId,SnapshotTakenAt,SnapshotSha256,CheckId")
            .And.Contain(snapshot.Sha256).And.Contain("user/amy");
        var exports = _audit.Entries.Where(e => e.Record.Action == AuditActions.ExportAttestation).ToList();
        exports.Should().HaveCount(2);
        var parameters = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(exports[1].Record.ParametersJson!)!;
        parameters["SnapshotSha256"].GetString().Should().Be(snapshot.Sha256);
        parameters["FileSha256"].GetString().Should().Be(csv.Value.FileSha256);
    }

    [Fact]
    public async Task ExportAttestationAsync_UnknownSnapshot_Invalid()
    {
        (await Service().ExportAttestationAsync(Guid.NewGuid(), AttestationFormat.Csv)).Status.Should().Be(CommandStatus.Invalid);
    }
}
