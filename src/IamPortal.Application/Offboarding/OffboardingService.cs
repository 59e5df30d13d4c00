using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Jobs;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Offboarding;

public sealed class OffboardingService(
    IOperatorContext operatorContext,
    IAuditedOperations audited,
    IOffboardingPlanner planner,
    IJobStore store,
    LifecycleJobs jobs,
    JobTargetGuard guard) : IOffboardingService
{
    public const string DefaultReason = "Offboarding";

    public async Task<CommandResult<JobRun>> StartAsync(string userName, bool quarantineFirst, string? reason = null, CancellationToken ct = default,
        IProgress<Job>? observer = null)
    {
        var op = await audited.DemandAsync(Permission.ManageUsers, AuditActions.StartOffboarding, userName, ct);
        var plan = await planner.PlanAsync(userName, ct);
        var steps = plan.Steps;
        if (quarantineFirst)
        {
            var quarantine = await planner.PlanQuarantineAsync(plan.UserName, op.Name,
                string.IsNullOrWhiteSpace(reason) ? DefaultReason : reason, ct);
            steps = [.. quarantine, .. plan.AfterQuarantine()];
        }
        var data = new OffboardingJobData(plan.UserArn, quarantineFirst);
        var job = await jobs.CreateAsync(LifecycleJobKinds.Offboarding, plan.UserName, $"Offboard {plan.UserName}", op.Name, data, steps, ct);
        return await jobs.StartAsync(job, AuditActions.StartOffboarding, ct, observer: observer);
    }

    public Task<CommandResult<JobRun>> ResumeAsync(Guid jobId, CancellationToken ct = default) =>
        jobs.ResumeAsync(jobId, [LifecycleJobKinds.Offboarding], AuditActions.ResumeOffboarding, ct);

    public Task<CommandResult<JobRun>> AbandonAsync(Guid jobId, CancellationToken ct = default) => jobs.AbandonAsync(jobId, ct);

    public bool IsRunning(Guid jobId) => guard.IsRunning(jobId);

    public async Task<Job?> GetJobAsync(Guid jobId, CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("read an offboarding job");
        var job = await store.GetAsync(jobId, ct);
        return job is not null && LifecycleJobKinds.All.Contains(job.Kind) ? job : null;
    }

    public Task<IReadOnlyList<Job>> ListJobsAsync(string? userName = null, int take = 50, CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("list offboarding jobs");
        return jobs.ListAsync(userName, take, ct);
    }
}
