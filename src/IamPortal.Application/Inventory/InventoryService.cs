using IamPortal.Application.Accounts;
using IamPortal.Application.Operators;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IamPortal.Application.Inventory;

/// <summary>
/// Serves the current account's snapshot from the cache keyed by account. Concurrent readers share one build;
/// a snapshot older than <see cref="InventoryOptions.MaxAge"/> is served while a fresh one builds in the background.
/// </summary>
public sealed class InventoryService(
    InventoryBuilder builder,
    InventoryCache caches,
    UserInventoryRowLoader rows,
    IOperatorContext operatorContext,
    ICurrentAccount currentAccount,
    TimeProvider time,
    IOptions<InventoryOptions> options,
    ILogger<InventoryService> logger) : IInventoryService
{
    public async Task<InventorySnapshot> GetAsync(CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("read the inventory");
        var (account, cache) = await CacheAsync(ct);
        var current = cache.Snapshot;
        if (current is null) return await cache.BuildOnceAsync(c => builder.BuildAsync(account, c), ct);
        if (time.GetUtcNow() - current.BuiltAt > options.Value.MaxAge) _ = RefreshInBackgroundAsync(account, cache);
        return current;
    }

    public async Task<InventorySnapshot> RefreshAsync(CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("refresh the inventory");
        var (account, cache) = await CacheAsync(ct);
        return await cache.BuildOnceAsync(c => builder.BuildAsync(account, c), ct);
    }

    public async Task UserChangedAsync(string userName, CancellationToken ct = default)
    {
        var (_, cache) = await CacheAsync(ct);
        // Neither a snapshot nor a build in flight: the next read builds one that includes the change. A build in flight
        // may have read the user before the change, so the patch is made and the cache applies it to that build's result.
        if (cache.Snapshot is null && !cache.IsBuilding) return;
        try
        {
            cache.Patch(userName, await rows.LoadAsync(userName, cache.Snapshot?.FindUser(userName), ct));
        }
        catch (Exception e)
        {
            // The user itself could not be read (its parts degrade in the loader): the row may be wrong, so rebuild.
            logger.LogWarning(e, "Could not re-read {UserName} after a change; the inventory will be rebuilt", userName);
            cache.Clear();
        }
    }

    public async Task InvalidateAsync(CancellationToken ct = default) => (await CacheAsync(ct)).Cache.Clear();

    private async Task<(AccountContext Account, AccountInventoryCache Cache)> CacheAsync(CancellationToken ct)
    {
        var account = await currentAccount.GetAsync(ct);
        return (account, caches.For(account.AccountId));
    }

    private async Task RefreshInBackgroundAsync(AccountContext account, AccountInventoryCache cache)
    {
        try { await cache.BuildOnceAsync(c => builder.BuildAsync(account, c), CancellationToken.None); }
        catch (Exception e) { logger.LogWarning(e, "Background inventory refresh failed; the previous snapshot stays in use"); }
    }
}
