using IamPortal.Application.Accounts;
using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Inventory;
using IamPortal.Application.Jobs;
using IamPortal.Application.Operators;
using Kinds = IamPortal.Application.Policies.Deletion.PolicyDeletionStepKinds;

namespace IamPortal.Application.Policies.Deletion;

/// <summary>
/// Plans and runs a policy deletion on the journal, one at a time per policy (<see cref="Kinds.Scope"/>): a second start
/// is refused and names the first. A failed or interrupted job resumes from its first unfinished step.
/// </summary>
public sealed class PolicyDeletionService(
    IOperatorContext operatorContext,
    IAuditedOperations audited,
    PolicyDeletionPlanner planner,
    PolicyDeletionStepExecutor executor,
    JobTargetGuard guard,
    IJobStore store,
    JobRunner runner,
    IInventoryService inventory,
    ICurrentAccount account,
    TimeProvider time) : IPolicyDeletionService
{
    public Task<CommandResult<PolicyDeletionPlan>> PlanAsync(string policyArn, CancellationToken ct = default) => CommandResult.CaptureAsync(async () =>
    {
        operatorContext.EnsureCanRead("plan a policy deletion");
        return await planner.PlanAsync(policyArn, ct);
    });

    public Task<CommandResult<JobRun>> StartAsync(string policyArn, CancellationToken ct = default, IProgress<Job>? observer = null) =>
        CommandResult.CaptureAsync(async () =>
        {
            var op = await audited.DemandAsync(Permission.ManagePolicies, AuditActions.StartPolicyDeletion, policyArn, ct);
            var plan = await planner.PlanAsync(policyArn, ct);
            if (!plan.CanStart)
            {
                var reason = string.Join(" ", plan.Blockers);
                await audited.RecordInvalidAsync(AuditActions.StartPolicyDeletion, policyArn, null, reason, ct);
                return CommandResult.Invalid<JobRun>(PolicyFields.PolicyArn, reason);
            }
            var accountId = (await account.GetAsync(ct)).AccountId;
            var job = Job.Create(Kinds.JobKind, policyArn, $"Delete policy {plan.PolicyName}", op.Name, time.GetUtcNow(),
                JobData.From(new PolicyDeletionJobData(policyArn, plan.PolicyName)), plan.Steps.Select(s => s.ForJob()), accountId);
            var (lease, conflict) = await guard.ClaimAsync(Kinds.Scope, job, ct);
            if (conflict is not null) return await RefuseAsync(AuditActions.StartPolicyDeletion, policyArn, conflict, ct);
            using (lease) return JobRun.Result(await RunAsync(job, observer, ct));
        });

    public Task<CommandResult<JobRun>> ResumeAsync(Guid jobId, CancellationToken ct = default) => CommandResult.CaptureAsync(async () =>
    {
        var job = await store.GetAsync(jobId, ct);
        await audited.DemandAsync(Permission.ManagePolicies, AuditActions.ResumePolicyDeletion, job?.Target ?? jobId.ToString(), ct);
        if (job is null || job.Kind != Kinds.JobKind) return CommandResult.Failed<JobRun>("There is no such job.");
        if (guard.IsRunning(job.Id)) return CommandResult.Failed("This job is running right now; watch its progress.", new JobRun(job));
        if (!job.CanResume) return CommandResult.Failed("This job has nothing left to resume.", new JobRun(job));
        var (lease, conflict) = await guard.ClaimAsync(Kinds.Scope, job, ct);
        if (conflict is not null) return await RefuseAsync(AuditActions.ResumePolicyDeletion, job.Target, conflict, ct);
        using (lease) return JobRun.Result(await RunAsync(job, null, ct));
    });

    public async Task<Job?> GetJobAsync(Guid jobId, CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("read a policy deletion job");
        var job = await store.GetAsync(jobId, ct);
        return job?.Kind == Kinds.JobKind ? job : null;
    }

    public async Task<Job?> LatestJobAsync(string policyArn, CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("read policy deletion jobs");
        return (await store.ListAsync(Kinds.JobKind, policyArn, 1, ct)).FirstOrDefault();
    }

    public bool IsRunning(Guid jobId) => guard.IsRunning(jobId);

    private async Task<Job> RunAsync(Job job, IProgress<Job>? observer, CancellationToken ct)
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

    private async Task<CommandResult<JobRun>> RefuseAsync(string action, string target, JobConflict conflict, CancellationToken ct)
    {
        await audited.RecordInvalidAsync(action, target, new Dictionary<string, object?> { ["ExistingJobId"] = conflict.JobId }, conflict.Message, ct);
        return CommandResult.Conflicting<JobRun>(conflict);
    }
}
