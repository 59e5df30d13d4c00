using IamPortal.Application.Accounts;
using IamPortal.Application.Inventory;
using IamPortal.Application.Jobs;
using IamPortal.Application.Tests.Fakes;
using IamPortal.Application.Trends;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace IamPortal.Application.Tests.Trends;

public sealed class ScheduledTrendSnapshotTests
{
    private static readonly AccountContext Account = new(FakeAccounts.AccountId, null);
    private readonly FakeTimeProvider _time = new(Sample.Now);
    private readonly MemoryTrendStore _store = new();
    private readonly MemoryJobLeases _leases;
    private int _inventoryReads;

    public ScheduledTrendSnapshotTests() => _leases = new MemoryJobLeases(_time);

    private ScheduledTrendSnapshot Instance(string id, int retentionDays = 400)
    {
        var options = Options.Create(new TrendOptions { SnapshotInterval = TimeSpan.FromDays(1), SnapshotRetentionDays = retentionDays });
        var snapshotter = new TrendSnapshotter(new InventoryTrendStateSource(_time, options), _store, _time);
        return new ScheduledTrendSnapshot(snapshotter, _store, _leases, new JobLeaseOptions { InstanceId = id }, _time, options);
    }

    private Task<InventorySnapshot> Inventory(CancellationToken _)
    {
        _inventoryReads++;
        return Task.FromResult(new InventorySnapshot(Account, _time.GetUtcNow(), null, [Sample.Row("amy") with { PasswordEnabled = true }], [], [], TimeSpan.Zero));
    }

    [Fact]
    public async Task RunAsync_TwoInstancesSameRound_OneSnapshot()
    {
        var a = await Instance("a").RunAsync(Account, Inventory);
        var b = await Instance("b").RunAsync(Account, Inventory);

        a.Should().NotBeNull();
        b.Should().BeNull();
        _store.All.Should().ContainSingle().Which.TakenBy.Should().Be(ScheduledTrendSnapshot.TakenBy);
        _inventoryReads.Should().Be(1);
    }

    [Fact]
    public async Task RunAsync_RestartedInstanceWithinInterval_TakesNoSecond()
    {
        await Instance("a").RunAsync(Account, Inventory);
        _time.Advance(TimeSpan.FromHours(1));
        // A new process: new instance id, and the first one's lease may since have expired.
        _time.Advance(TimeSpan.FromHours(20));
        (await Instance("a-restarted").RunAsync(Account, Inventory)).Should().BeNull();
        _store.All.Should().HaveCount(1);
    }

    [Fact]
    public async Task RunAsync_AfterInterval_NextSnapshotByWhicheverHoldsTheLease()
    {
        await Instance("a").RunAsync(Account, Inventory);
        _time.Advance(TimeSpan.FromDays(1));

        (await Instance("b").RunAsync(Account, Inventory)).Should().BeNull("a still holds the lease for this interval");
        (await Instance("a").RunAsync(Account, Inventory)).Should().NotBeNull();
        _time.Advance(TimeSpan.FromDays(2.5));
        (await Instance("b").RunAsync(Account, Inventory)).Should().NotBeNull("a stopped renewing: b takes over");
        _store.All.Should().HaveCount(3);
    }

    [Fact]
    public async Task RunAsync_EachScheduledSnapshot_DeletesThoseOlderThanTheRetention()
    {
        for (var day = 0; day < 5; day++)
        {
            (await Instance("a", retentionDays: 3).RunAsync(Account, Inventory)).Should().NotBeNull();
            _time.Advance(TimeSpan.FromDays(1));
        }

        _store.All.Select(s => s.TakenAt).Should().Equal(Sample.Now.AddDays(1), Sample.Now.AddDays(2), Sample.Now.AddDays(3), Sample.Now.AddDays(4));
        var other = new TrendSnapshotInfo(Guid.NewGuid(), "210987654321", Sample.Now.AddDays(-900), "someone", "hash", _store.All[0].Summary);
        await _store.AddAsync(other, [1]);
        _time.Advance(TimeSpan.FromDays(1));
        await Instance("a", retentionDays: 3).RunAsync(Account, Inventory);
        _store.All.Should().Contain(other, "another account's snapshots follow that account's rounds");
    }

    [Fact]
    public async Task RunAsync_RetentionZero_KeepsEverySnapshot()
    {
        for (var day = 0; day < 3; day++)
        {
            await Instance("a", retentionDays: 0).RunAsync(Account, Inventory);
            _time.Advance(TimeSpan.FromDays(500));
        }

        _store.All.Should().HaveCount(3);
    }

    [Fact]
    public async Task DeleteTakenBefore_NeverDeletesTheNewest()
    {
        await Instance("a").RunAsync(Account, Inventory);

        (await _store.DeleteTakenBeforeAsync(Account.AccountId, Sample.Now.AddYears(1))).Should().Be(0);
        _store.All.Should().ContainSingle();
    }
}
