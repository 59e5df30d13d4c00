using IamPortal.Application.Commands;
using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Policies.Attachments;

/// <summary>Attach and detach managed policies to a user or group (ManagePolicies), within the live quota, risk acknowledged.</summary>
public interface IPolicyAttachmentService
{
    /// <summary>The principal's attachments against GetAccountSummary's AttachedPoliciesPerUserQuota / AttachedPoliciesPerGroupQuota.</summary>
    Task<CommandResult<AttachmentQuota>> QuotaAsync(PrincipalRef target, CancellationToken ct = default);
    Task<CommandResult<ChangeImpact>> PreviewAsync(PermissionChange change, CancellationToken ct = default);
    Task<CommandResult<bool>> AttachAsync(PrincipalRef target, string policyArn, string? acknowledgedImpact, CancellationToken ct = default);
    Task<CommandResult<bool>> DetachAsync(PrincipalRef target, string policyArn, string? acknowledgedImpact, CancellationToken ct = default);
}
