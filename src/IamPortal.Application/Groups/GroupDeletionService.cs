using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Jobs;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Groups;

public sealed class GroupDeletionService(
    IOperatorContext operatorContext,
    IAuditedOperations audited,
    GroupDeletionPlanner planner,
    GroupJobs jobs) : IGroupDeletionService
{
    public Task<CommandResult<GroupDeletionPlan>> PlanAsync(string groupName, CancellationToken ct = default) =>
        CommandResult.CaptureAsync(async () =>
        {
            operatorContext.Ensure(Permission.ManageGroups, "plan a group's deletion");
            return await planner.PlanAsync(groupName, ct);
        });

    public Task<CommandResult<JobRun>> StartAsync(string groupName, CancellationToken ct = default, IProgress<Job>? observer = null) =>
        CommandResult.CaptureAsync(async () =>
        {
            var op = await audited.DemandAsync(Permission.ManageGroups, AuditActions.StartGroupDeletion, groupName, ct);
            var plan = await planner.PlanAsync(groupName, ct);
            var data = new GroupDeletionJobData(plan.GroupArn, plan.References.Select(r => r.Describe()).ToList());
            var job = await jobs.CreateAsync(GroupJobKinds.GroupDeletion, plan.GroupName, $"Delete group {plan.GroupName}", op.Name, data, plan.Steps, ct);
            return await jobs.StartAsync(job, AuditActions.StartGroupDeletion, ct, observer);
        });

    public Task<CommandResult<JobRun>> ResumeAsync(Guid jobId, CancellationToken ct = default, IProgress<Job>? observer = null) =>
        CommandResult.CaptureAsync(() => jobs.ResumeAsync(jobId, GroupJobKinds.GroupDeletion, AuditActions.ResumeGroupDeletion, ct, observer));

    public Task<Job?> GetJobAsync(Guid jobId, CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("read a group deletion job");
        return jobs.GetAsync(jobId, GroupJobKinds.GroupDeletion, ct);
    }

    public bool IsRunning(Guid jobId) => jobs.IsRunning(jobId);
}
