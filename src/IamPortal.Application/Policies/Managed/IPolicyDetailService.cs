using IamPortal.Application.Commands;

namespace IamPortal.Application.Policies.Managed;

/// <summary>One managed policy: its page, a diff between two versions (ReadIam).</summary>
public interface IPolicyDetailService
{
    /// <summary>The policy's page, or NoSuchEntity (Failed with that ErrorCode) when there is no such policy.</summary>
    Task<CommandResult<PolicyDetail>> GetAsync(string policyArn, CancellationToken ct = default);
    Task<CommandResult<PolicyVersionDiff>> DiffAsync(string policyArn, string oldVersionId, string newVersionId, CancellationToken ct = default);
}
