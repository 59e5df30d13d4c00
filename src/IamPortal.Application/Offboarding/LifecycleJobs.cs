using IamPortal.Application.Accounts;
using IamPortal.Application.Audit;
using IamPortal.Application.Inventory;
using IamPortal.Application.Jobs;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Offboarding;

/// <summary>
/// Creates, runs, resumes and abandons the lifecycle jobs (Offboarding, Quarantine, QuarantineRelease) on the journal.
/// One of them at a time per user (<see cref="LifecycleJobKinds.Scope"/>): a second start is refused and names the first.
/// </summary>
public sealed class LifecycleJobs(
    RunningLifecycleJobs running,
    JobTargetGuard guard,
    IJobStore store,
    JobRunner runner,
    OffboardingStepExecutor executor,
    IAuditedOperations audited,
    IInventoryService inventory,
    ICurrentAccount account,
    TimeProvider time)
{
    /// <summary>A new job on the current account.</summary>
    public async Task<Job> CreateAsync(string kind, string target, string title, string createdBy, IReadOnlyDictionary<string, string> data,
        IEnumerable<OffboardingPlanStep> steps, CancellationToken ct)
    {
        var accountId = (await account.GetAsync(ct)).AccountId;
        var now = time.GetUtcNow();
        var jobSteps = steps.Select((s, i) => new JobStep(i, s.Kind, s.Description, s.Data)).ToList();
        return new Job(Guid.NewGuid(), kind, target, title, JobStatus.Pending, createdBy, now, now, data, jobSteps, accountId);
    }

    /// <summary>Runs a new job unless another lifecycle job on its user is running or unfinished (refused, audited).</summary>
    public async Task<LifecycleJobResult> StartAsync(Job job, string action, CancellationToken ct, string? note = null, IProgress<Job>? observer = null)
    {
        var (lease, conflict) = await guard.ClaimAsync(LifecycleJobKinds.Scope, job, ct);
        if (conflict is not null) return await RefuseAsync(action, job.Target, conflict, ct);
        using (lease) return new LifecycleJobResult(await RunAsync(job, ct, observer), Note: note);
    }

    /// <summary>Continues a stopped or interrupted job of one of <paramref name="kinds"/> from its first unfinished step.</summary>
    public async Task<LifecycleJobResult> ResumeAsync(Guid jobId, IReadOnlyCollection<string> kinds, string action, CancellationToken ct)
    {
        var job = await store.GetAsync(jobId, ct);
        await audited.DemandAsync(Permission.ManageUsers, action, job?.Target ?? jobId.ToString(), ct);
        if (job is null || !kinds.Contains(job.Kind)) return LifecycleJobResult.Refused("There is no such job.");
        if (running.IsRunning(job.Id)) return new LifecycleJobResult(job, "This job is running right now; watch its progress.");
        if (!job.CanResume) return new LifecycleJobResult(job, "This job has nothing left to resume.");
        var (lease, conflict) = await guard.ClaimAsync(LifecycleJobKinds.Scope, job, ct);
        if (conflict is not null) return await RefuseAsync(action, job.Target, conflict, ct) with { Job = job };
        using (lease) return new LifecycleJobResult(await RunAsync(job, ct, null));
    }

    /// <summary>Gives up a stopped or interrupted job (what it did stays done); its user is free for a new job.</summary>
    public async Task<LifecycleJobResult> AbandonAsync(Guid jobId, CancellationToken ct)
    {
        var job = await store.GetAsync(jobId, ct);
        const string action = AuditActions.AbandonLifecycleJob;
        await audited.DemandAsync(Permission.ManageUsers, action, job?.Target ?? jobId.ToString(), ct);
        if (job is null || !LifecycleJobKinds.All.Contains(job.Kind)) return LifecycleJobResult.Refused("There is no such job.");
        if (running.IsRunning(job.Id)) return new LifecycleJobResult(job, "This job is running right now; it can be abandoned once it stops.");
        if (!job.CanResume) return new LifecycleJobResult(job, "This job is not open any more.");
        var parameters = new Dictionary<string, object?> { ["JobId"] = job.Id, ["Kind"] = job.Kind, ["StepsDone"] = job.CompletedSteps, ["Steps"] = job.Steps.Count };
        var abandoned = await audited.RunAsync(Permission.ManageUsers, action, job.Target, parameters, async c =>
        {
            var cancelled = job with { Status = JobStatus.Cancelled, UpdatedAt = time.GetUtcNow() };
            await store.SaveAsync(cancelled, c);
            return cancelled;
        }, ct);
        runner.Publish(abandoned);
        return new LifecycleJobResult(abandoned);
    }

    public async Task<IReadOnlyList<Job>> ListAsync(string? target, int take, CancellationToken ct)
    {
        var lists = await Task.WhenAll(LifecycleJobKinds.All.Select(k => store.ListAsync(k, target, take, ct)));
        return lists.SelectMany(l => l).OrderByDescending(j => j.CreatedAt).Take(take).ToList();
    }

    private async Task<Job> RunAsync(Job job, CancellationToken ct, IProgress<Job>? observer)
    {
        if (!running.TryStart(job.Id)) return job;
        try
        {
            return await runner.RunAsync(job, (_, step, c) => executor.ExecuteAsync(step, c), ct, observer);
        }
        finally
        {
            running.Finish(job.Id);
            await inventory.UserChangedAsync(job.Target, CancellationToken.None);
        }
    }

    private async Task<LifecycleJobResult> RefuseAsync(string action, string target, JobConflict conflict, CancellationToken ct)
    {
        await audited.RecordInvalidAsync(action, target, new Dictionary<string, object?> { ["ExistingJobId"] = conflict.JobId }, conflict.Message, ct);
        return LifecycleJobResult.Conflicting(conflict);
    }
}

/// <summary>The lifecycle jobs executing in this process right now (singleton): a job marked Running that is not here was interrupted.</summary>
public sealed class RunningLifecycleJobs
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, byte> _running = new();

    public bool TryStart(Guid jobId) => _running.TryAdd(jobId, 0);

    public void Finish(Guid jobId) => _running.TryRemove(jobId, out _);

    public bool IsRunning(Guid jobId) => _running.ContainsKey(jobId);
}
