using IamPortal.Application.Commands;
using IamPortal.Application.Jobs;

namespace IamPortal.Application.Groups;

/// <summary>Deleting a group as a journaled job: the plan first, then the job, resumable.</summary>
public interface IGroupDeletionService
{
    /// <summary>The plan (ManageGroups; nothing changes).</summary>
    Task<CommandResult<GroupDeletionPlan>> PlanAsync(string groupName, CancellationToken ct = default);

    /// <summary>Plans again (the plan shown may be stale) and runs the deletion job.</summary>
    Task<CommandResult<JobRun>> StartAsync(string groupName, CancellationToken ct = default, IProgress<Job>? observer = null);

    Task<CommandResult<JobRun>> ResumeAsync(Guid jobId, CancellationToken ct = default, IProgress<Job>? observer = null);

    Task<Job?> GetJobAsync(Guid jobId, CancellationToken ct = default);

    bool IsRunning(Guid jobId);
}
