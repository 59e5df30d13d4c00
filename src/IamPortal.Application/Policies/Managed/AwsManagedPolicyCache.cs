using System.Collections.Concurrent;
using IamPortal.Application.Iam;

namespace IamPortal.Application.Policies.Managed;

/// <summary>
/// The AWS managed policies of each account (ListPolicies Scope=AWS: about 1,300 entries, a few pages), kept for
/// <see cref="Lifetime"/> so the list page makes that call set once, not on every visit.
/// Shared by every circuit (singleton), keyed by account id.
/// </summary>
public sealed class AwsManagedPolicyCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public sealed record Entry(IReadOnlyList<IamManagedPolicy> Policies, DateTimeOffset ReadAt);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<Entry> GetAsync(string accountId, Func<CancellationToken, Task<Entry>> read, CancellationToken ct)
    {
        if (Fresh(accountId) is { } entry) return entry;
        await _gate.WaitAsync(ct);
        try
        {
            if (Fresh(accountId) is { } again) return again;
            var read1 = await read(ct) with { ReadAt = time.GetUtcNow() };
            _entries[accountId] = read1;
            return read1;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets an account's list (an attachment changed the counts).</summary>
    public void Invalidate(string accountId) => _entries.TryRemove(accountId, out _);

    private Entry? Fresh(string accountId) =>
        _entries.TryGetValue(accountId, out var e) && time.GetUtcNow() - e.ReadAt < Lifetime ? e : null;
}
