using IamPortal.Application.Accounts;
using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Inventory;
using IamPortal.Application.Jobs;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Groups;

/// <summary>A planned step: its kind, what it does in words, its typed input.</summary>
public sealed record GroupPlanStep(string Kind, string Description, JobData Input)
{
    public static GroupPlanStep Of<T>(string kind, string description, T input) where T : IGroupStepInput => new(kind, description, JobData.From(input));
}

/// <summary>
/// Creates, runs and resumes the group jobs on the journal, one at a time per target within the job kind's scope
/// (a second start is refused and names the first). The inventory is dropped after each run: groups and users changed.
/// </summary>
public sealed class GroupJobs(
    JobTargetGuard guard,
    IJobStore store,
    JobRunner runner,
    GroupStepExecutor executor,
    IAuditedOperations audited,
    IInventoryService inventory,
    ICurrentAccount account,
    TimeProvider time)
{
    public static JobScope ScopeOf(string kind) => kind == GroupJobKinds.MoveToGroup ? GroupJobKinds.MoveScope : GroupJobKinds.DeletionScope;

    public async Task<Job> CreateAsync<TData>(string kind, string target, string title, string createdBy, TData data,
        IEnumerable<GroupPlanStep> steps, CancellationToken ct) where TData : notnull
    {
        var accountId = (await account.GetAsync(ct)).AccountId;
        return Job.Create(kind, target, title, createdBy, time.GetUtcNow(), JobData.From(data), steps.Select(s => (s.Kind, s.Description, s.Input)), accountId);
    }

    public async Task<CommandResult<JobRun>> StartAsync(Job job, string action, CancellationToken ct, IProgress<Job>? observer = null)
    {
        var (lease, conflict) = await guard.ClaimAsync(ScopeOf(job.Kind), job, ct);
        if (conflict is not null) return await RefuseAsync(action, job.Target, conflict, null, ct);
        using (lease) return JobRun.Result(await RunAsync(job, ct, observer));
    }

    public async Task<CommandResult<JobRun>> ResumeAsync(Guid jobId, string kind, string action, CancellationToken ct, IProgress<Job>? observer = null)
    {
        var job = await store.GetAsync(jobId, ct);
        await audited.DemandAsync(Permission.ManageGroups, action, job?.Target ?? jobId.ToString(), ct);
        if (job is null || job.Kind != kind) return CommandResult.Failed<JobRun>("There is no such job.");
        if (guard.IsRunning(job.Id)) return CommandResult.Failed("This job is running right now; watch its progress.", new JobRun(job));
        if (!job.CanResume) return CommandResult.Failed("This job has nothing left to resume.", new JobRun(job));
        var (lease, conflict) = await guard.ClaimAsync(ScopeOf(kind), job, ct);
        if (conflict is not null) return await RefuseAsync(action, job.Target, conflict, new JobRun(job), ct);
        using (lease) return JobRun.Result(await RunAsync(job, ct, observer));
    }

    public async Task<Job?> GetAsync(Guid jobId, string kind, CancellationToken ct)
    {
        var job = await store.GetAsync(jobId, ct);
        return job?.Kind == kind ? job : null;
    }

    public Task<IReadOnlyList<Job>> ListAsync(string kind, string? target, int take, CancellationToken ct) => store.ListAsync(kind, target, take, ct);

    public bool IsRunning(Guid jobId) => guard.IsRunning(jobId);

    private async Task<Job> RunAsync(Job job, CancellationToken ct, IProgress<Job>? observer)
    {
        try
        {
            return await runner.RunAsync(job, executor.ExecuteAsync, ct, observer);
        }
        finally
        {
            await inventory.InvalidateAsync(CancellationToken.None);
        }
    }

    private async Task<CommandResult<JobRun>> RefuseAsync(string action, string target, JobConflict conflict, JobRun? run, CancellationToken ct)
    {
        await audited.RecordInvalidAsync(action, target, new Dictionary<string, object?> { ["ExistingJobId"] = conflict.JobId }, conflict.Message, ct);
        return CommandResult.Conflicting(conflict, run);
    }
}
