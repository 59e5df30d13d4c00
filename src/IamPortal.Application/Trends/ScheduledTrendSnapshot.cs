using IamPortal.Application.Accounts;
using IamPortal.Application.Inventory;
using IamPortal.Application.Jobs;
using Microsoft.Extensions.Options;

namespace IamPortal.Application.Trends;

/// <summary>
/// One round of the scheduled snapshot: due when the account's latest snapshot is older than the interval; taken by the
/// instance that holds the account's lease, so several portal instances take one snapshot per interval between them.
/// A restart does not take a second one: the latest snapshot's time decides, not the process's memory. After taking one it
/// deletes the snapshots older than the retention period.
/// </summary>
public sealed class ScheduledTrendSnapshot(
    TrendSnapshotter snapshotter,
    ITrendStore store,
    IJobLeases leases,
    JobLeaseOptions leaseOptions,
    TimeProvider time,
    IOptions<TrendOptions> options)
{
    public const string TakenBy = "Scheduled snapshot";

    public static string LeaseName(string accountId) => $"scheduled:trend-snapshot:{accountId}";

    /// <summary>Takes the snapshot if due and this instance wins the lease; returns it, or null when nothing was taken.</summary>
    public async Task<TrendSnapshotInfo?> RunAsync(AccountContext account, Func<CancellationToken, Task<InventorySnapshot>> inventory, CancellationToken ct = default)
    {
        var interval = options.Value.SnapshotInterval;
        if (interval <= TimeSpan.Zero || !await IsDueAsync(account.AccountId, interval, ct)) return null;
        // Held from one round to the next while this instance lives (renewed each round); taken over when it stops renewing.
        if (!await leases.TryAcquireAsync(LeaseName(account.AccountId), leaseOptions.InstanceId, interval * 2, ct)) return null;
        // Another instance may have taken it between the check and the lease (its lease expired just now): check again.
        if (!await IsDueAsync(account.AccountId, interval, ct)) return null;
        var taken = await snapshotter.CaptureAsync(account, await inventory(ct), TakenBy, ct);
        await PruneAsync(account.AccountId, ct);
        return taken;
    }

    /// <summary>Retention (<see cref="TrendOptions.SnapshotRetentionDays"/>), run by the instance that just took the snapshot.</summary>
    private async Task PruneAsync(string accountId, CancellationToken ct)
    {
        var days = options.Value.SnapshotRetentionDays;
        if (days > 0) await store.DeleteTakenBeforeAsync(accountId, time.GetUtcNow().AddDays(-days), ct);
    }

    private async Task<bool> IsDueAsync(string accountId, TimeSpan interval, CancellationToken ct)
    {
        var latest = (await store.ListAsync(accountId, ct)).Select(s => (DateTimeOffset?)s.TakenAt).Max();
        // A little slack, so a round that wakes a moment early is not skipped for a whole interval.
        return latest is null || time.GetUtcNow() - latest.Value >= interval - TimeSpan.FromSeconds(Math.Min(60, interval.TotalSeconds / 10));
    }
}
