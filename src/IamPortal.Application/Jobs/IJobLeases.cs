namespace IamPortal.Application.Jobs;

/// <summary>
/// Named leases in the portal's database, so that work runs exactly once per deployment (ADR 0012): a job's target
/// while its steps run, a scheduled task while it runs. A lease has one holder and an expiry; the holder renews it while
/// it works, and a lease that ran out (its holder died) can be taken by another instance.
/// </summary>
public interface IJobLeases
{
    /// <summary>Takes the lease, renews it when <paramref name="holder"/> holds it already, or takes it over once expired.</summary>
    Task<bool> TryAcquireAsync(string name, string holder, TimeSpan ttl, CancellationToken ct = default);

    /// <summary>Gives the lease up, if <paramref name="holder"/> still holds it.</summary>
    Task ReleaseAsync(string name, string holder, CancellationToken ct = default);

    /// <summary>True while someone holds the lease (taken or renewed within its time).</summary>
    Task<bool> IsHeldAsync(string name, CancellationToken ct = default);

    /// <summary>Leases whose name starts with <paramref name="prefix"/> and which ran out without being released.</summary>
    Task<IReadOnlyList<JobLeaseInfo>> ListExpiredAsync(string prefix, CancellationToken ct = default);
}

public sealed record JobLeaseInfo(string Name, string Holder, DateTimeOffset ExpiresAt);

/// <summary>How long a lease lasts without renewal (a dead instance's work is taken over after this), and this instance's name.</summary>
public sealed class JobLeaseOptions
{
    public TimeSpan Ttl { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Names this portal process in every lease it holds.</summary>
    public string InstanceId { get; set; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";
}

/// <summary>Leases in memory: exact for one process (unit tests, and a host without a database); the portal uses the database's.</summary>
public sealed class MemoryJobLeases(TimeProvider time) : IJobLeases
{
    private readonly Dictionary<string, JobLeaseInfo> _leases = [];

    public Task<bool> TryAcquireAsync(string name, string holder, TimeSpan ttl, CancellationToken ct = default)
    {
        lock (_leases)
        {
            var now = time.GetUtcNow();
            if (_leases.TryGetValue(name, out var held) && held.Holder != holder && held.ExpiresAt > now) return Task.FromResult(false);
            _leases[name] = new JobLeaseInfo(name, holder, now + ttl);
            return Task.FromResult(true);
        }
    }

    public Task ReleaseAsync(string name, string holder, CancellationToken ct = default)
    {
        lock (_leases)
        {
            if (_leases.TryGetValue(name, out var held) && held.Holder == holder) _leases.Remove(name);
        }
        return Task.CompletedTask;
    }

    public Task<bool> IsHeldAsync(string name, CancellationToken ct = default)
    {
        lock (_leases) return Task.FromResult(_leases.TryGetValue(name, out var held) && held.ExpiresAt > time.GetUtcNow());
    }

    public Task<IReadOnlyList<JobLeaseInfo>> ListExpiredAsync(string prefix, CancellationToken ct = default)
    {
        lock (_leases)
        {
            var now = time.GetUtcNow();
            return Task.FromResult<IReadOnlyList<JobLeaseInfo>>(
                _leases.Values.Where(l => l.Name.StartsWith(prefix, StringComparison.Ordinal) && l.ExpiresAt <= now).ToList());
        }
    }
}
