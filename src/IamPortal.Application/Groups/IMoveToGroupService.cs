using IamPortal.Application.Commands;
using IamPortal.Application.Jobs;

namespace IamPortal.Application.Groups;

/// <summary>CIS 1.15 "Move to a group": a user's direct permissions into a group, one journaled job per user.</summary>
public interface IMoveToGroupService
{
    /// <summary>The users' common direct permissions (read live) and the groups that grant exactly those; refused when the users differ or have none.</summary>
    Task<CommandResult<MoveToGroupOptions>> GetOptionsAsync(IReadOnlyList<string> userNames, CancellationToken ct = default);

    /// <summary>Checks the request, then runs one job per user (the group part repeated safely in each). The runs in user order.</summary>
    Task<CommandResult<IReadOnlyList<JobRun>>> StartAsync(MoveToGroupRequest request, CancellationToken ct = default, IProgress<Job>? observer = null);

    Task<CommandResult<JobRun>> ResumeAsync(Guid jobId, CancellationToken ct = default, IProgress<Job>? observer = null);

    Task<Job?> GetJobAsync(Guid jobId, CancellationToken ct = default);
}
