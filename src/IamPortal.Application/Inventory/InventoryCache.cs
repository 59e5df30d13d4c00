using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace IamPortal.Application.Inventory;

/// <summary>
/// The inventory of every account, keyed by account id: each account has its own snapshot, patches and build in flight.
/// A singleton that scoped services share; one account is configured today.
/// </summary>
public sealed class InventoryCache(ILogger<InventoryCache>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<InventoryCache>.Instance;
    private readonly ConcurrentDictionary<string, AccountInventoryCache> _accounts = new(StringComparer.Ordinal);

    /// <summary>The cache of one account (created empty on first use).</summary>
    public AccountInventoryCache For(string accountId) => _accounts.GetOrAdd(accountId, id => new AccountInventoryCache(id, _logger));
}
