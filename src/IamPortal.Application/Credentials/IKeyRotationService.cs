using IamPortal.Application.Accounts;
using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Jobs;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Credentials;

public interface IKeyRotationService
{
    /// <summary>The user's open rotation (or the latest finished one), read from the journal.</summary>
    Task<Job?> GetCurrentAsync(string userName, CancellationToken ct = default);
    /// <summary>Creates the second key (its secret is in the result, once) and starts watching for its first use.</summary>
    Task<CommandResult<KeyRotationProgress>> StartAsync(string userName, CancellationToken ct = default);
    /// <summary>"Check now": re-runs the waiting step (first use) without approving anything further.</summary>
    Task<CommandResult<KeyRotationProgress>> CheckAsync(Guid jobId, CancellationToken ct = default);
    /// <summary>Approves the next waiting step (deactivate, then delete the old key) and runs it.</summary>
    Task<CommandResult<KeyRotationProgress>> ContinueAsync(Guid jobId, CancellationToken ct = default);
    /// <summary>Stops the rotation; the keys stay as they are.</summary>
    Task<CommandResult<KeyRotationProgress>> CancelAsync(Guid jobId, CancellationToken ct = default);
}
