using IamPortal.Application.Commands;
using IamPortal.Application.Iam;
using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Policies.Managed;

/// <summary>
/// Customer managed policies (ManagePolicies): create, edit (a new default version), set the default version. Every
/// document is validated here and every change that adds risk needs its previewed impact acknowledged, whatever the UI did.
/// </summary>
public interface IManagedPolicyService
{
    /// <summary>The risk impact of a new default document (edit, rollback) for the operator to see before saving.</summary>
    Task<CommandResult<ChangeImpact>> PreviewDocumentAsync(string policyArn, string document, CancellationToken ct = default);
    /// <summary>The risk of a document on its own (a policy that does not exist yet changes nobody's permissions).</summary>
    CommandResult<RiskReport> AnalyzeNew(string name, string document);
    Task<CommandResult<IamManagedPolicy>> CreateAsync(CreatePolicyRequest request, CancellationToken ct = default);
    Task<CommandResult<PolicyEditOutcome>> UpdateAsync(UpdatePolicyRequest request, CancellationToken ct = default);
    /// <summary>The risk impact of making <paramref name="versionId"/> the default.</summary>
    Task<CommandResult<ChangeImpact>> PreviewSetDefaultAsync(string policyArn, string versionId, CancellationToken ct = default);
    Task<CommandResult<bool>> SetDefaultVersionAsync(string policyArn, string versionId, string? acknowledgedImpact, CancellationToken ct = default);
}
