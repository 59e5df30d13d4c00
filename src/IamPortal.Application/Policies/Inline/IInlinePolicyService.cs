using IamPortal.Application.Commands;
using IamPortal.Application.Iam;
using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Policies.Inline;

/// <summary>Inline policies of users and groups: read (ReadIam), put and delete (ManagePolicies, validated, risk acknowledged).</summary>
public interface IInlinePolicyService
{
    Task<CommandResult<IamInlinePolicy>> GetAsync(PrincipalRef target, string policyName, CancellationToken ct = default);
    /// <summary>The size (without whitespace) of the principal's inline policies other than <paramref name="exceptPolicyName"/>, for the aggregate limit.</summary>
    Task<CommandResult<int>> OtherInlineSizeAsync(PrincipalRef target, string? exceptPolicyName, CancellationToken ct = default);
    /// <summary>The impact of putting <paramref name="document"/> (or, null, of deleting the policy).</summary>
    Task<CommandResult<ChangeImpact>> PreviewAsync(PrincipalRef target, string policyName, string? document, CancellationToken ct = default);
    Task<CommandResult<bool>> PutAsync(InlinePolicyRequest request, CancellationToken ct = default);
    Task<CommandResult<bool>> DeleteAsync(PrincipalRef target, string policyName, string? acknowledgedImpact, CancellationToken ct = default);
}
