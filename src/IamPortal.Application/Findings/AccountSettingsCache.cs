using System.Collections.Concurrent;

namespace IamPortal.Application.Findings;

/// <summary>
/// The password policy and account summary per account (singleton), reused for <see cref="FindingsOptions.AccountSettingsLifetime"/>.
/// The password policy page invalidates it when it saves or deletes, so findings show the change at once.
/// </summary>
public sealed class AccountSettingsCache
{
    private readonly ConcurrentDictionary<string, AccountSettings> _byAccount = new(StringComparer.Ordinal);

    public async Task<AccountSettings> GetAsync(string accountId, TimeSpan lifetime, DateTimeOffset now,
        Func<CancellationToken, Task<AccountSettings>> load, CancellationToken ct)
    {
        if (_byAccount.TryGetValue(accountId, out var cached) && cached.Available && now - cached.ReadAt < lifetime) return cached;
        var fresh = await load(ct);
        if (fresh.Available) _byAccount[accountId] = fresh;
        return fresh;
    }

    public void Invalidate(string accountId) => _byAccount.TryRemove(accountId, out _);

    /// <summary>Drops every account's settings (a caller that does not know the account id).</summary>
    public void InvalidateAll() => _byAccount.Clear();
}
