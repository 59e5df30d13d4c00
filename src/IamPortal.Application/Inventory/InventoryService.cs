using IamPortal.Application.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IamPortal.Application.Inventory;

/// <summary>
/// Holds the account's snapshot (one per portal: one account is configured). Concurrent readers share one build;
/// a snapshot older than <see cref="InventoryOptions.MaxAge"/> is served while a fresh one builds in the background.
/// </summary>
public sealed class InventoryService(
    InventoryBuilder builder,
    InventoryCache cache,
    UserInventoryRowLoader rows,
    IOperatorContext operatorContext,
    TimeProvider time,
    IOptions<InventoryOptions> options,
    ILogger<InventoryService> logger) : IInventoryService
{
    public async Task<InventorySnapshot> GetAsync(CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("read the inventory");
        var current = cache.Snapshot;
        if (current is null) return await cache.BuildOnceAsync(builder.BuildAsync, ct);
        if (time.GetUtcNow() - current.BuiltAt > options.Value.MaxAge) _ = RefreshInBackgroundAsync();
        return current;
    }

    public Task<InventorySnapshot> RefreshAsync(CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("refresh the inventory");
        return cache.BuildOnceAsync(builder.BuildAsync, ct);
    }

    public async Task UserChangedAsync(string userName, CancellationToken ct = default)
    {
        // Neither a snapshot nor a build in flight: the next read builds one that includes the change. A build in flight
        // may have read the user before the change, so the patch is made and the cache applies it to that build's result.
        if (cache.Snapshot is null && !cache.IsBuilding) return;
        try
        {
            cache.Patch(userName, await rows.LoadAsync(userName, cache.Snapshot?.FindUser(userName), ct));
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not re-read {UserName} after a change; the inventory will be rebuilt", userName);
            cache.Clear();
        }
    }

    public void Invalidate() => cache.Clear();

    private async Task RefreshInBackgroundAsync()
    {
        try { await cache.BuildOnceAsync(builder.BuildAsync, CancellationToken.None); }
        catch (Exception e) { logger.LogWarning(e, "Background inventory refresh failed; the previous snapshot stays in use"); }
    }
}
