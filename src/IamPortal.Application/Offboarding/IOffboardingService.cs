using IamPortal.Application.Jobs;

namespace IamPortal.Application.Offboarding;

/// <summary>
/// Offboarding as a journaled job (kind "Offboarding") whose steps are the plan, optionally after the quarantine
/// steps; ends with DeleteUser and a check that IAM no longer knows the user. Resumable after any failure or restart.
/// </summary>
public interface IOffboardingService
{
    Task<LifecycleJobResult> StartAsync(string userName, bool quarantineFirst, string? reason = null, CancellationToken ct = default);

    Task<LifecycleJobResult> ResumeAsync(Guid jobId, CancellationToken ct = default);

    /// <summary>True while this portal process executes the job; a job marked Running that is not running here was interrupted.</summary>
    bool IsRunning(Guid jobId);

    Task<Job?> GetJobAsync(Guid jobId, CancellationToken ct = default);

    /// <summary>Recent Offboarding, Quarantine and QuarantineRelease jobs, newest first; for one user when <paramref name="userName"/> is set.</summary>
    Task<IReadOnlyList<Job>> ListJobsAsync(string? userName = null, int take = 50, CancellationToken ct = default);
}
