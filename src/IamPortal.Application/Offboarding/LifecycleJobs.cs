using IamPortal.Application.Audit;
using IamPortal.Application.Inventory;
using IamPortal.Application.Jobs;
using IamPortal.Application.Security;

namespace IamPortal.Application.Offboarding;

/// <summary>Creates, runs and resumes the lifecycle jobs (Offboarding, Quarantine, QuarantineRelease) on the journal.</summary>
public sealed class LifecycleJobs(
    RunningLifecycleJobs running,
    IJobStore store,
    JobRunner runner,
    OffboardingStepExecutor executor,
    IAuditedOperations audited,
    IInventoryService inventory,
    TimeProvider time)
{
    public Job Create(string kind, string target, string title, string createdBy, IReadOnlyDictionary<string, string> data,
        IEnumerable<OffboardingPlanStep> steps)
    {
        var now = time.GetUtcNow();
        var jobSteps = steps.Select((s, i) => new JobStep(i, s.Kind, s.Description, s.Data)).ToList();
        return new Job(Guid.NewGuid(), kind, target, title, JobStatus.Pending, createdBy, now, now, data, jobSteps);
    }

    public async Task<Job> RunAsync(Job job, CancellationToken ct)
    {
        if (!running.TryStart(job.Id)) return job;
        try
        {
            return await runner.RunAsync(job, (_, step, c) => executor.ExecuteAsync(step, c), ct);
        }
        finally
        {
            running.Finish(job.Id);
            await inventory.UserChangedAsync(job.Target, CancellationToken.None);
        }
    }

    /// <summary>Continues a stopped or interrupted job of one of <paramref name="kinds"/> from its first unfinished step.</summary>
    public async Task<LifecycleJobResult> ResumeAsync(Guid jobId, IReadOnlyCollection<string> kinds, string action, CancellationToken ct)
    {
        var job = await store.GetAsync(jobId, ct);
        await audited.DemandAsync(Permission.ManageUsers, action, job?.Target ?? jobId.ToString(), ct);
        if (job is null || !kinds.Contains(job.Kind)) return LifecycleJobResult.Refused("There is no such job.");
        if (running.IsRunning(job.Id)) return new LifecycleJobResult(job, "This job is running right now; watch its progress.");
        if (!job.CanResume) return new LifecycleJobResult(job, "This job has nothing left to resume.");
        return new LifecycleJobResult(await RunAsync(job, ct));
    }

    public async Task<IReadOnlyList<Job>> ListAsync(string? target, int take, CancellationToken ct)
    {
        var lists = await Task.WhenAll(LifecycleJobKinds.All.Select(k => store.ListAsync(k, target, take, ct)));
        return lists.SelectMany(l => l).OrderByDescending(j => j.CreatedAt).Take(take).ToList();
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
