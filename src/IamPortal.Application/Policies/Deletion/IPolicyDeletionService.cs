using IamPortal.Application.Commands;
using IamPortal.Application.Jobs;

namespace IamPortal.Application.Policies.Deletion;

/// <summary>Deleting a customer managed policy as a journaled job (ManagePolicies): plan, start, resume, follow.</summary>
public interface IPolicyDeletionService
{
    Task<CommandResult<PolicyDeletionPlan>> PlanAsync(string policyArn, CancellationToken ct = default);
    Task<CommandResult<JobRun>> StartAsync(string policyArn, CancellationToken ct = default, IProgress<Job>? observer = null);
    Task<CommandResult<JobRun>> ResumeAsync(Guid jobId, CancellationToken ct = default);
    Task<Job?> GetJobAsync(Guid jobId, CancellationToken ct = default);
    /// <summary>The unfinished or latest deletion job of a policy, if any.</summary>
    Task<Job?> LatestJobAsync(string policyArn, CancellationToken ct = default);
    bool IsRunning(Guid jobId);
}
