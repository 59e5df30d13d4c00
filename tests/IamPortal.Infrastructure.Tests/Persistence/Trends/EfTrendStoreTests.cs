using IamPortal.Application.Trends;
using IamPortal.Infrastructure.Persistence;
using IamPortal.Infrastructure.Persistence.Trends;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Infrastructure.Tests.Persistence.Trends;

/// <summary>Trend snapshots on a real database (SQLite; PostgreSQL when configured): summary readable alone, content compressed, hash intact.</summary>
public abstract class EfTrendStoreTests(DatabaseProvider provider) : PortalDatabaseTests(provider)
{
    public sealed class OnSqlite() : EfTrendStoreTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : EfTrendStoreTests(DatabaseProvider.Postgres);

    private ITrendStore Store => Db.Get<ITrendStore>();

    private static (TrendSnapshotInfo Info, byte[] Canonical) Snapshot(string account, DateTimeOffset at, int failing)
    {
        var findings = Enumerable.Range(0, 200).Select(i => new TrendFinding("iam_user_mfa_enabled_console_access", $"user/u{i:000}", $"u{i:000}", "High",
            i < failing ? TrendFindingStatus.Fail : TrendFindingStatus.Pass)).ToList();
        var summary = new TrendSummary(200, 200, 200 - failing, 100.0 * (200 - failing) / 200, 3, 4,
            new Dictionary<string, int> { ["High"] = failing }, new Dictionary<string, int> { ["iam_user_mfa_enabled_console_access"] = failing });
        var canonical = TrendCodec.Canonical(new TrendDocument(TrendCodec.Schema, account, at, "auditor", summary, findings));
        return (new TrendSnapshotInfo(Guid.CreateVersion7(), account, at, "auditor", TrendCodec.Sha256(canonical), TrendCodec.Normalize(
            new TrendDocument(1, account, at, "auditor", summary, [])).Summary), canonical);
    }

    [SkippableFact]
    public async Task AddAsync_TwoSnapshots_ListedOldestFirstWithSummaryAndContentIntact()
    {
        var at = new DateTimeOffset(2026, 5, 1, 8, 30, 0, TimeSpan.Zero);
        var later = Snapshot("111111111111", at.AddDays(1), failing: 5);
        var earlier = Snapshot("111111111111", at, failing: 20);
        await Store.AddAsync(later.Info, later.Canonical);
        await Store.AddAsync(earlier.Info, earlier.Canonical);
        await Store.AddAsync(Snapshot("222222222222", at, 1).Info, Snapshot("222222222222", at, 1).Canonical);

        var other = Db.StartInstance().GetRequiredService<ITrendStore>();
        var list = await other.ListAsync("111111111111");

        list.Select(s => s.TakenAt).Should().Equal(at, at.AddDays(1));
        list[0].Summary.FailingBySeverity["High"].Should().Be(20);
        list[0].Summary.MfaCoveragePercent.Should().Be(90);
        var canonical = await other.GetCanonicalAsync("111111111111", earlier.Info.Id);
        canonical.Should().Equal(earlier.Canonical);
        TrendCodec.Sha256(canonical!).Should().Be(list[0].Sha256);
    }

    [SkippableFact]
    public async Task AddAsync_Content_StoredCompressed()
    {
        var s = Snapshot("111111111111", DateTimeOffset.UnixEpoch, 10);
        await Store.AddAsync(s.Info, s.Canonical);

        await using var db = await Db.Get<IPortalDbContextFactory>().CreateAsync();
        var stored = await db.Set<TrendSnapshotEntity>().SingleAsync();

        stored.Content.Length.Should().BeLessThan(s.Canonical.Length / 4);
        stored.Content[..2].Should().Equal((byte)0x1f, (byte)0x8b);
    }

    [SkippableFact]
    public async Task GetCanonicalAsync_OtherAccountsSnapshot_Null()
    {
        var s = Snapshot("111111111111", DateTimeOffset.UnixEpoch, 1);
        await Store.AddAsync(s.Info, s.Canonical);
        (await Store.GetCanonicalAsync("222222222222", s.Info.Id)).Should().BeNull();
    }

    [SkippableFact]
    public async Task DeleteTakenBeforeAsync_OlderOnesOfThatAccountGoTheNewestStays()
    {
        var at = new DateTimeOffset(2026, 5, 1, 8, 30, 0, TimeSpan.Zero);
        foreach (var s in new[] { Snapshot("111111111111", at, 1), Snapshot("111111111111", at.AddDays(10), 2), Snapshot("222222222222", at, 3) })
            await Store.AddAsync(s.Info, s.Canonical);

        (await Store.DeleteTakenBeforeAsync("111111111111", at.AddDays(5))).Should().Be(1);
        (await Store.DeleteTakenBeforeAsync("111111111111", at.AddDays(50))).Should().Be(0, "the newest snapshot is always kept");

        (await Store.ListAsync("111111111111")).Select(s => s.TakenAt).Should().Equal(at.AddDays(10));
        (await Store.ListAsync("222222222222")).Should().ContainSingle();
    }
}
