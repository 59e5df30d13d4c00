using IamPortal.Application.Accounts;
using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Inventory;
using IamPortal.Application.Jobs;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Offboarding;

/// <summary>
/// Creates, runs, resumes and abandons the lifecycle jobs (Offboarding, Quarantine, QuarantineRelease) on the journal.
/// One of them at a time per user (<see cref="LifecycleJobKinds.Scope"/>): a second start is refused and names the first.
/// </summary>
public sealed class LifecycleJobs(
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
    public async Task<Job> CreateAsync<TData>(string kind, string target, string title, string createdBy, TData data,
        IEnumerable<OffboardingPlanStep> steps, CancellationToken ct) where TData : notnull
    {
        var accountId = (await account.GetAsync(ct)).AccountId;
        return Job.Create(kind, target, title, createdBy, time.GetUtcNow(), JobData.From(data),
            steps.Select(s => (s.Kind, s.Description, s.Input)), accountId);
    }

    /// <summary>Runs a new job unless another lifecycle job on its user is running or unfinished (refused, audited).</summary>
    public async Task<CommandResult<JobRun>> StartAsync(Job job, string action, CancellationToken ct, string? note = null, IProgress<Job>? observer = null)
    {
        var (lease, conflict) = await guard.ClaimAsync(LifecycleJobKinds.Scope, job, ct);
        if (conflict is not null) return await RefuseAsync(action, job.Target, conflict, null, ct);
        using (lease) return JobRun.Result(await RunAsync(job, ct, observer), note);
    }

    /// <summary>Continues a stopped or interrupted job of one of <paramref name="kinds"/> from its first unfinished step.</summary>
    public async Task<CommandResult<JobRun>> ResumeAsync(Guid jobId, IReadOnlyCollection<string> kinds, string action, CancellationToken ct)
    {
        var job = await store.GetAsync(jobId, ct);
        await audited.DemandAsync(Permission.ManageUsers, action, job?.Target ?? jobId.ToString(), ct);
        if (job is null || !kinds.Contains(job.Kind)) return CommandResult.Failed<JobRun>("There is no such job.");
        if (await ElsewhereAsync(job, ct) is { } other)
            return CommandResult.Failed($"This job acts on account {other}; open it from that account to resume it.", new JobRun(job));
        if (guard.IsRunning(job.Id)) return CommandResult.Failed("This job is running right now; watch its progress.", new JobRun(job));
        if (!job.CanResume) return CommandResult.Failed("This job has nothing left to resume.", new JobRun(job));
        var (lease, conflict) = await guard.ClaimAsync(LifecycleJobKinds.Scope, job, ct);
        if (conflict is not null) return await RefuseAsync(action, job.Target, conflict, new JobRun(job), ct);
        using (lease) return JobRun.Result(await RunAsync(job, ct, null));
    }

    /// <summary>Gives up a stopped or interrupted job (what it did stays done); its user is free for a new job.</summary>
    public async Task<CommandResult<JobRun>> AbandonAsync(Guid jobId, CancellationToken ct)
    {
        var job = await store.GetAsync(jobId, ct);
        const string action = AuditActions.AbandonLifecycleJob;
        await audited.DemandAsync(Permission.ManageUsers, action, job?.Target ?? jobId.ToString(), ct);
        if (job is null || !LifecycleJobKinds.All.Contains(job.Kind)) return CommandResult.Failed<JobRun>("There is no such job.");
        if (guard.IsRunning(job.Id)) return CommandResult.Failed("This job is running right now; it can be abandoned once it stops.", new JobRun(job));
        if (!job.CanResume) return CommandResult.Failed("This job is not open any more.", new JobRun(job));
        var parameters = new Dictionary<string, object?> { ["JobId"] = job.Id, ["Kind"] = job.Kind, ["StepsDone"] = job.CompletedSteps, ["Steps"] = job.Steps.Count };
        var abandoned = await audited.RunAsync(Permission.ManageUsers, action, job.Target, parameters,
            c => runner.SaveAsync(job with { Status = JobStatus.Cancelled }, c), ct);
        return CommandResult.Ok(new JobRun(abandoned));
    }

    public async Task<IReadOnlyList<Job>> ListAsync(string? target, int take, CancellationToken ct)
    {
        var accountId = (await account.GetAsync(ct)).AccountId;
        var lists = await Task.WhenAll(LifecycleJobKinds.All.Select(k => store.ListAsync(k, target, take, ct)));
        return lists.SelectMany(l => l).Where(j => j.AccountId.Length == 0 || j.AccountId == accountId)
            .OrderByDescending(j => j.CreatedAt).Take(take).ToList();
    }

    /// <summary>The account a job acts on when it is not the scope's (it must run there, never here); null when it is this one.</summary>
    private async Task<string?> ElsewhereAsync(Job job, CancellationToken ct) =>
        job.AccountId.Length > 0 && job.AccountId != (await account.GetAsync(ct)).AccountId ? job.AccountId : null;

    private async Task<Job> RunAsync(Job job, CancellationToken ct, IProgress<Job>? observer)
    {
        try
        {
            return await runner.RunAsync(job, executor.ExecuteAsync, ct, observer);
        }
        finally
        {
            await inventory.UserChangedAsync(job.Target, CancellationToken.None);
        }
    }

    private async Task<CommandResult<JobRun>> RefuseAsync(string action, string target, JobConflict conflict, JobRun? run, CancellationToken ct)
    {
        await audited.RecordInvalidAsync(action, target, new Dictionary<string, object?> { ["ExistingJobId"] = conflict.JobId }, conflict.Message, ct);
        return CommandResult.Conflicting(conflict, run);
    }
}
