using Microsoft.Extensions.Logging;

namespace IamPortal.Application.Inventory;

/// <summary>One account's snapshot and the single build in flight; held by <see cref="InventoryCache"/>.</summary>
public sealed class AccountInventoryCache(string accountId, ILogger logger)
{
    private readonly ILogger _logger = logger;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (long Version, UserInventoryRow? Row)> _patches = new(StringComparer.OrdinalIgnoreCase);
    private Task<InventorySnapshot>? _building;
    private long _version;

    public string AccountId { get; } = accountId;

    public InventorySnapshot? Snapshot { get; private set; }

    public void Clear() => Snapshot = null;

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
            lock (_gate)
            {
                foreach (var (userName, (version, row)) in _patches.ToList())
                {
                    if (version > startedAt) snapshot = snapshot.WithUser(userName, row);
                    else _patches.Remove(userName); // the build read IAM after this change
                }
                Snapshot = snapshot;
            }
            _logger.LogInformation("Inventory of account {AccountId} built: {Users} users, {Groups} groups in {Seconds:F1} s",
                snapshot.AccountId, snapshot.Users.Count, snapshot.Groups.Count, snapshot.BuildDuration.TotalSeconds);
            return snapshot;
        }
        finally
        {
            lock (_gate) _building = null;
        }
    }
}
