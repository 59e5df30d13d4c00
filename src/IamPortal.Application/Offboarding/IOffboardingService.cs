using IamPortal.Application.Commands;
using IamPortal.Application.Jobs;

namespace IamPortal.Application.Offboarding;

/// <summary>
/// Offboarding as a journaled job (kind "Offboarding") whose steps are the plan, optionally after the quarantine
/// steps; ends with DeleteUser and a check that IAM no longer knows the user. Resumable after any failure or restart.
/// </summary>
public interface IOffboardingService
{
    /// <summary>Refused (with <see cref="CommandResult.Conflict"/>) while another lifecycle job on the user runs or is unfinished.
    /// <paramref name="observer"/> hears every change of this job, and only of this job.</summary>
    Task<CommandResult<JobRun>> StartAsync(string userName, bool quarantineFirst, string? reason = null, CancellationToken ct = default,
        IProgress<Job>? observer = null);

    Task<CommandResult<JobRun>> ResumeAsync(Guid jobId, CancellationToken ct = default);

    /// <summary>Gives up a stopped or interrupted lifecycle job of any kind; what it did stays done (audited).</summary>
    Task<CommandResult<JobRun>> AbandonAsync(Guid jobId, CancellationToken ct = default);

    /// <summary>True while this portal process executes the job; a job marked Running that is not running here was interrupted.</summary>
    bool IsRunning(Guid jobId);

    Task<Job?> GetJobAsync(Guid jobId, CancellationToken ct = default);

    /// <summary>Recent Offboarding, Quarantine and QuarantineRelease jobs, newest first; for one user when <paramref name="userName"/> is set.</summary>
    Task<IReadOnlyList<Job>> ListJobsAsync(string? userName = null, int take = 50, CancellationToken ct = default);
}
