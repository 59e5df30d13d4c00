using System.Collections.Concurrent;

namespace IamPortal.Application.Jobs;

/// <summary>
/// Jobs that must not run side by side on one target (an IAM user name, compared case-insensitively as IAM does):
/// the kinds that touch the same things, and which of their jobs still counts as unfinished in the journal.
/// </summary>
public sealed record JobScope(string Name, IReadOnlyCollection<string> Kinds, Func<Job, bool> IsUnfinished)
{
    /// <summary>Stopped, never started, or marked Running: resumable, so it still holds its target.</summary>
    public static bool Resumable(Job job) => job.CanResume;
}

/// <summary>Another job holds the target: who started it, when, and whether it runs right now.</summary>
public sealed record JobConflict(Guid JobId, string Kind, string Target, string StartedBy, DateTimeOffset StartedAt, bool RunningNow)
{
    /// <summary>Runs right now on another portal instance (its database lease is held and renewed).</summary>
    public bool RunningElsewhere { get; init; }

    public string Message => RunningElsewhere
        ? $"{Noun} of {Target} started by {StartedBy} at {StartedAt:yyyy-MM-dd HH:mm} UTC is running right now on another portal instance. Follow it instead."
        : RunningNow
        ? $"{Noun} of {Target} started by {StartedBy} at {StartedAt:yyyy-MM-dd HH:mm} UTC is running right now. Follow it instead of starting another."
        : $"{Noun} of {Target} started by {StartedBy} at {StartedAt:yyyy-MM-dd HH:mm} UTC did not finish. Open it to resume it or abandon it first.";

    private string Noun => Kind switch
    {
        "QuarantineRelease" => "A release from quarantine",
        "KeyRotation" => "A key rotation",
        "Onboarding" => "An onboarding",
        var k => ("aeiou".Contains(char.ToLowerInvariant(k[0])) ? "An " : "A ") + k.ToLowerInvariant(),
    };
}

/// <summary>A claim on a target for one job; disposing it releases the target (in this process and in the database).</summary>
public sealed class JobTargetLease(Action release) : IDisposable
{
    private Action? _release = release;

    public void Dispose() => Interlocked.Exchange(ref _release, null)?.Invoke();
}

/// <summary>Keeps a database lease alive while its holder works (renewed at a third of its time), and gives it up at the end.</summary>
internal sealed class RenewedLease : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly IJobLeases _leases;
    private readonly string _name;
    private readonly string _holder;

    public RenewedLease(IJobLeases leases, string name, string holder, TimeSpan ttl)
    {
        (_leases, _name, _holder) = (leases, name, holder);
        _ = RenewAsync(ttl, _stop.Token);
    }

    private async Task RenewAsync(TimeSpan ttl, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(ttl / 3);
        try
        {
            while (await timer.WaitForNextTickAsync(ct)) await _leases.TryAcquireAsync(_name, _holder, ttl, ct);
        }
        catch (OperationCanceledException)
        {
            // Stopped: the work is done.
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
        // A lease that cannot be released now simply runs out.
        _ = _leases.ReleaseAsync(_name, _holder, CancellationToken.None).ContinueWith(_ => { }, TaskScheduler.Default);
    }
}

/// <summary>
/// Gives one job at a time a target within a scope. A start or a resume claims the target in this process (so two
/// tabs or two operators cannot race past the check), then looks in the journal for another unfinished job of the
/// scope on it, then takes the target's lease in the database (<see cref="IJobLeases"/>), so a portal instance beside this
/// one cannot run a job on it either; the lease is renewed while the job runs and released at the end (ADR 0012).
/// </summary>
public sealed class JobTargetGuard(IJobStore store, IJobLeases leases, JobLeaseOptions options)
{
    /// <summary>Prefix of the database leases on job targets ("job-target:scope\ntarget"); the holder is the instance.</summary>
    public const string LeasePrefix = "job-target:";

    private readonly ConcurrentDictionary<string, JobConflict> _claims = new();

    /// <summary>One process, leases in memory (unit tests).</summary>
    public JobTargetGuard(IJobStore store) : this(store, new MemoryJobLeases(TimeProvider.System), new JobLeaseOptions()) { }

    /// <summary>The target a job-target lease is named after (scope, target and, for jobs that record it, the account, one per line).</summary>
    public static string TargetOf(JobLeaseInfo lease) => lease.Name.Split('\n') is { Length: > 1 } parts ? parts[1] : lease.Name;

    /// <summary>A lease for <paramref name="job"/> on its target, or the job that holds the target already.</summary>
    public async Task<(JobTargetLease? Lease, JobConflict? Conflict)> ClaimAsync(JobScope scope, Job job, CancellationToken ct)
    {
        // A user of the same name in another account is another target.
        var key = scope.Name + "\n" + job.Target.ToLowerInvariant() + (job.AccountId.Length > 0 ? "\n" + job.AccountId : "");
        var mine = new JobConflict(job.Id, job.Kind, job.Target, job.CreatedBy, job.CreatedAt, RunningNow: true);
        var holder = _claims.GetOrAdd(key, mine);
        if (holder.JobId != job.Id) return (null, holder);
        if (!ReferenceEquals(holder, mine)) return (null, holder);
        var inProcess = new JobTargetLease(() => _claims.TryRemove(KeyValuePair.Create(key, mine)));
        try
        {
            var unfinished = await FindUnfinishedAsync(scope, job.Target, job.Id, ct, job.AccountId);
            // Held by the instance, not the job: this instance may take the target again at once for its next job.
            var (name, leaseHolder) = (LeasePrefix + key, options.InstanceId);
            if (unfinished is not null)
            {
                inProcess.Dispose();
                // Marked Running with its lease held: another instance runs it now (not an interrupted job).
                var elsewhere = unfinished.Status == JobStatus.Running && await leases.IsHeldAsync(name, ct);
                return (null, new JobConflict(unfinished.Id, unfinished.Kind, unfinished.Target, unfinished.CreatedBy, unfinished.CreatedAt,
                    RunningNow: elsewhere) { RunningElsewhere = elsewhere });
            }
            if (!await leases.TryAcquireAsync(name, leaseHolder, options.Ttl, ct))
            {
                // This very job runs on another portal instance right now.
                inProcess.Dispose();
                return (null, mine with { RunningElsewhere = true });
            }
            var renewed = new RenewedLease(leases, name, leaseHolder, options.Ttl);
            return (new JobTargetLease(() => { renewed.Dispose(); inProcess.Dispose(); }), null);
        }
        catch
        {
            inProcess.Dispose();
            throw;
        }
    }

    /// <summary>True while a start or resume in this process holds the job's claim, i.e. it runs here right now.</summary>
    public bool IsRunning(Guid jobId) => _claims.Values.Any(c => c.JobId == jobId);

    /// <summary>
    /// The newest unfinished job of the scope on the target other than <paramref name="except"/>, in
    /// <paramref name="accountId"/> when given (jobs journaled before jobs recorded their account count everywhere).
    /// </summary>
    public async Task<Job?> FindUnfinishedAsync(JobScope scope, string target, Guid? except, CancellationToken ct, string? accountId = null)
    {
        var lists = await Task.WhenAll(scope.Kinds.Select(k => store.ListAsync(k, target, 20, ct)));
        return lists.SelectMany(l => l)
            .Where(j => j.Id != except && string.Equals(j.Target, target, StringComparison.OrdinalIgnoreCase) && scope.IsUnfinished(j))
            .Where(j => string.IsNullOrEmpty(accountId) || j.AccountId.Length == 0 || j.AccountId == accountId)
            .OrderByDescending(j => j.CreatedAt).FirstOrDefault();
    }
}
