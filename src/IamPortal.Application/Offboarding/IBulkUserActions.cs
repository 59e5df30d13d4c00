using IamPortal.Application.Commands;

namespace IamPortal.Application.Offboarding;

public enum BulkUserAction { DeactivateKeys, DisableConsole, Quarantine, Offboard }

/// <summary>How far a bulk action is: users finished out of the total.</summary>
public sealed record BulkProgress(int Done, int Total);

/// <summary>One user's outcome: what was done, or the plain-language error.</summary>
public sealed record BulkUserResult(string UserName, bool Succeeded, string Message, Guid? JobId = null);

/// <summary>
/// The users list's bulk actions: each user's work runs on its own (at most <see cref="BulkUserActions.MaxConcurrency"/>
/// at a time), audited like the single-user action, and yields a result per user; one user's failure never stops the others.
/// </summary>
public interface IBulkUserActions
{
    /// <summary>Denied (audited) when the operator may not manage users; otherwise a result per user.</summary>
    Task<CommandResult<IReadOnlyList<BulkUserResult>>> RunAsync(BulkUserAction action, IReadOnlyList<string> userNames, string? reason = null,
        IProgress<BulkProgress>? progress = null, CancellationToken ct = default);

    /// <summary>The results as CSV (user, outcome, message, job).</summary>
    string ExportCsv(BulkUserAction action, IReadOnlyList<BulkUserResult> results);
}
