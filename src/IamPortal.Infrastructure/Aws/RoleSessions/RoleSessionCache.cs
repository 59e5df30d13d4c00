using IamPortal.Application.Accounts;

namespace IamPortal.Infrastructure.Aws.RoleSessions;

/// <summary>
/// The role sessions the portal holds, one per (role, ExternalId, SourceIdentity): kept until
/// <see cref="RefreshBefore"/> ahead of their expiry, then assumed again. Concurrent callers of one key share one
/// AssumeRole in flight; a failed AssumeRole is not kept (the next call asks STS again); beyond
/// <see cref="Capacity"/> sessions the oldest is dropped. Only memory: nothing long-lived is stored.
/// </summary>
internal sealed class RoleSessionCache(IRoleAssumer assumer, TimeProvider time)
{
    public static readonly TimeSpan RefreshBefore = TimeSpan.FromMinutes(5);
    public const int Capacity = 1_000;

    private readonly Dictionary<Key, Entry> _entries = [];
    private readonly Lock _gate = new();
    private long _created;

    private sealed record Key(string RoleArn, string? ExternalId, string? SourceIdentity);

    private sealed class Entry(long order)
    {
        public long Order { get; } = order;
        public TaskCompletionSource<RoleSession> Session { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>How many sessions (fresh, stale or being assumed) are held.</summary>
    public int Count
    {
        get { lock (_gate) return _entries.Count; }
    }

    /// <summary>A session in <paramref name="target"/>'s role that is valid for at least <see cref="RefreshBefore"/>.</summary>
    public async Task<RoleSession> GetAsync(AwsTarget target, string? sourceIdentity, CancellationToken ct)
    {
        var roleArn = target.RoleArn ?? throw new ArgumentException("The target has no role to assume.", nameof(target));
        sourceIdentity = Normalize(sourceIdentity);
        var key = new Key(roleArn, target.ExternalId, sourceIdentity);
        Entry entry;
        var assume = false;
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out entry!) || IsStale(entry))
            {
                entry = new Entry(++_created);
                _entries[key] = entry;
                assume = true;
                EvictBeyondCapacity();
            }
        }
        if (assume) _ = AssumeAsync(key, entry, target, sourceIdentity);
        return await entry.Session.Task.WaitAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Drops <paramref name="session"/> (IAM said its token expired) unless a newer one replaced it already.</summary>
    public void Forget(AwsTarget target, string? sourceIdentity, RoleSession session)
    {
        var key = new Key(target.RoleArn ?? "", target.ExternalId, Normalize(sourceIdentity));
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var entry) && entry.Session.Task.IsCompletedSuccessfully
                && ReferenceEquals(entry.Session.Task.Result, session))
            {
                _entries.Remove(key);
            }
        }
    }

    /// <summary>Asks STS once for every caller waiting on <paramref name="entry"/>; no caller's cancellation stops it.</summary>
    private async Task AssumeAsync(Key key, Entry entry, AwsTarget target, string? sourceIdentity)
    {
        try
        {
            entry.Session.SetResult(await assumer.AssumeAsync(target, sourceIdentity, CancellationToken.None).ConfigureAwait(false));
        }
        catch (Exception e)
        {
            lock (_gate)
            {
                if (_entries.TryGetValue(key, out var current) && ReferenceEquals(current, entry)) _entries.Remove(key);
            }
            entry.Session.SetException(e);
        }
    }

    /// <summary>STS's form of the operator (unchanged when it is already valid), so that STS never refuses it.</summary>
    private static string? Normalize(string? sourceIdentity) => sourceIdentity is null ? null : SourceIdentityFormat.From(sourceIdentity);

    private bool IsStale(Entry entry) =>
        entry.Session.Task.IsCompleted
        && (!entry.Session.Task.IsCompletedSuccessfully || time.GetUtcNow() >= entry.Session.Task.Result.Expiration - RefreshBefore);

    private void EvictBeyondCapacity()
    {
        while (_entries.Count > Capacity)
        {
            var oldest = _entries.MinBy(e => e.Value.Order).Key;
            _entries.Remove(oldest);
        }
    }
}
