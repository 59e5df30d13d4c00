using Microsoft.Extensions.Logging;

namespace IamPortal.Application.Inventory;

/// <summary>One account's snapshot and the single build in flight; held by <see cref="InventoryCache"/>.</summary>
public sealed class AccountInventoryCache(string accountId, ILogger logger)
{
    public string AccountId { get; } = accountId;

    private readonly ILogger _logger = logger;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (long Version, UserInventoryRow? Row)> _patches = new(StringComparer.OrdinalIgnoreCase);
    private Task<InventorySnapshot>? _building;
    private long _version;
    private long _clearedAt = -1;

    public InventorySnapshot? Snapshot { get; private set; }

    /// <summary>A build is in flight: a change made now may be missing from its result.</summary>
    public bool IsBuilding
    {
        get { lock (_gate) return _building is not null; }
    }

    /// <summary>
    /// Drops the snapshot so the next read rebuilds it. A build already in flight may have read IAM before the change
    /// that made the caller clear, so its result is returned to those waiting for it but not kept.
    /// </summary>
    public void Clear()
    {
        lock (_gate)
        {
            Snapshot = null;
            _clearedAt = ++_version;
        }
    }

    /// <summary>
    /// Replaces (or with null removes) one user's row. A build already in flight may have read that user before the
    /// change, so the patch is applied again to its result.
    /// </summary>
    public void Patch(string userName, UserInventoryRow? row)
    {
        lock (_gate)
        {
            _patches[userName] = (++_version, row);
            if (Snapshot is { } current) Snapshot = current.WithUser(userName, row);
        }
    }

    /// <summary>Joins the build in flight or starts one; the caller's token only stops the caller's wait.</summary>
    public Task<InventorySnapshot> BuildOnceAsync(Func<CancellationToken, Task<InventorySnapshot>> build, CancellationToken ct)
    {
        Task<InventorySnapshot> task;
        lock (_gate)
        {
            _building ??= Task.Run(() => RunAsync(build), CancellationToken.None);
            task = _building;
        }
        return task.WaitAsync(ct);
    }

    private async Task<InventorySnapshot> RunAsync(Func<CancellationToken, Task<InventorySnapshot>> build)
    {
        long startedAt;
        lock (_gate) startedAt = _version;
        try
        {
            var snapshot = await build(CancellationToken.None);
            bool kept;
            lock (_gate)
            {
                foreach (var (userName, (version, row)) in _patches.ToList())
                {
                    if (version > startedAt) snapshot = snapshot.WithUser(userName, row);
                    else _patches.Remove(userName); // the build read IAM after this change
                }
                kept = _clearedAt <= startedAt;
                if (kept) Snapshot = snapshot;
            }
            if (kept)
                _logger.LogInformation("Inventory of account {AccountId} built: {Users} users, {Groups} groups in {Seconds:F1} s",
                    snapshot.AccountId, snapshot.Users.Count, snapshot.Groups.Count, snapshot.BuildDuration.TotalSeconds);
            else
                _logger.LogInformation("Inventory of account {AccountId} built but not kept: it was dropped while building", snapshot.AccountId);
            return snapshot;
        }
        finally
        {
            lock (_gate) _building = null;
        }
    }
}
