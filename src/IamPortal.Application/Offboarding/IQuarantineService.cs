using IamPortal.Application.Commands;
using IamPortal.Application.Jobs;

namespace IamPortal.Application.Offboarding;

/// <summary>Whether a user carries the portal's quarantine marks, and who put them there, when and why.</summary>
public sealed record QuarantineStatus(string UserName, bool IsQuarantined, string? By, string? At, string? Reason);

/// <summary>
/// Quarantine: a reversible first stage of offboarding, run as a journaled job (kind "Quarantine"): deactivate every
/// active key, delete the console password, attach an explicit deny-all inline policy, tag who/when/why.
/// Release reverses what can be reversed (a journaled "QuarantineRelease" job) and says what cannot (the password).
/// </summary>
public interface IQuarantineService
{
    Task<QuarantineStatus> GetStatusAsync(string userName, CancellationToken ct = default);

    Task<CommandResult<JobRun>> QuarantineAsync(string userName, string reason, CancellationToken ct = default);

    Task<CommandResult<JobRun>> ReleaseAsync(string userName, CancellationToken ct = default);

    Task<CommandResult<JobRun>> ResumeAsync(Guid jobId, CancellationToken ct = default);
}

/// <summary>The quarantine form's fields, as named in a result's field errors.</summary>
public static class QuarantineFields
{
    public const string Reason = "Reason";
}
