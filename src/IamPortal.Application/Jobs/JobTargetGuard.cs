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
    public string Message => RunningNow
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

/// <summary>A claim on a target for one job; disposing it releases the target.</summary>
public sealed class JobTargetLease(Action release) : IDisposable
{
    private Action? _release = release;

    public void Dispose() => Interlocked.Exchange(ref _release, null)?.Invoke();
}

/// <summary>
/// Gives one job at a time a target within a scope. A start or a resume claims the target in this process (so two
/// tabs or two operators cannot race past the check), then looks in the journal for another unfinished job of the
/// scope on it. Across portal instances the journal check alone applies (a database lease is the deployment issue's).
/// </summary>
public sealed class JobTargetGuard(IJobStore store)
{
    private readonly ConcurrentDictionary<string, JobConflict> _claims = new();

    /// <summary>A lease for <paramref name="job"/> on its target, or the job that holds the target already.</summary>
    public async Task<(JobTargetLease? Lease, JobConflict? Conflict)> ClaimAsync(JobScope scope, Job job, CancellationToken ct)
    {
        var key = scope.Name + "\n" + job.Target.ToLowerInvariant();
        var mine = new JobConflict(job.Id, job.Kind, job.Target, job.CreatedBy, job.CreatedAt, RunningNow: true);
        var holder = _claims.GetOrAdd(key, mine);
        if (holder.JobId != job.Id) return (null, holder);
        if (!ReferenceEquals(holder, mine)) return (null, holder);
        var lease = new JobTargetLease(() => _claims.TryRemove(KeyValuePair.Create(key, mine)));
        try
        {
            var unfinished = await FindUnfinishedAsync(scope, job.Target, job.Id, ct);
            if (unfinished is null) return (lease, null);
            lease.Dispose();
            return (null, new JobConflict(unfinished.Id, unfinished.Kind, unfinished.Target, unfinished.CreatedBy, unfinished.CreatedAt, RunningNow: false));
        }
        catch
        {
            lease.Dispose();
            throw;
        }
    }

    /// <summary>True while a start or resume in this process holds the job's claim, i.e. it runs here right now.</summary>
    public bool IsRunning(Guid jobId) => _claims.Values.Any(c => c.JobId == jobId);

    /// <summary>The newest unfinished job of the scope on the target other than <paramref name="except"/>.</summary>
    public async Task<Job?> FindUnfinishedAsync(JobScope scope, string target, Guid? except, CancellationToken ct)
    {
        var lists = await Task.WhenAll(scope.Kinds.Select(k => store.ListAsync(k, target, 20, ct)));
        return lists.SelectMany(l => l)
            .Where(j => j.Id != except && string.Equals(j.Target, target, StringComparison.OrdinalIgnoreCase) && scope.IsUnfinished(j))
            .OrderByDescending(j => j.CreatedAt).FirstOrDefault();
    }
}
