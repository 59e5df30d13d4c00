using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Operators;
using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Policies.Managed;

public sealed class ManagedPolicyService(
    IOperatorContext operatorContext,
    IIamPoliciesApi iamPolicies,
    IInventoryService inventory,
    PolicyChecks checks,
    IRiskAnalyzer riskAnalyzer,
    PolicyCommandRunner runner) : IManagedPolicyService
{
    public Task<CommandResult<ChangeImpact>> PreviewDocumentAsync(string policyArn, string document, CancellationToken ct = default) =>
        CommandResult.CaptureAsync(() =>
        {
            operatorContext.EnsureCanRead("preview a policy change");
            return checks.PreviewAsync(new PermissionChange.ReplacePolicyDocument(policyArn, document), ct);
        });

    public CommandResult<RiskReport> AnalyzeNew(string name, string document)
    {
        operatorContext.EnsureCanRead("analyse a policy");
        return CommandResult.Ok(riskAnalyzer.Analyze(new PolicySource(string.IsNullOrWhiteSpace(name) ? "new policy" : name, document)));
    }

    public Task<CommandResult<IamManagedPolicy>> CreateAsync(CreatePolicyRequest request, CancellationToken ct = default)
    {
        var path = string.IsNullOrEmpty(request.Path) ? "/" : request.Path;
        return runner.RunAsync(AuditActions.CreatePolicy, request.Name, new Dictionary<string, object?> { ["Path"] = path },
            async c =>
            {
                var errors = PolicyFields.ValidateNew(request.Name, path, request.Description);
                foreach (var (k, v) in checks.ValidateDocument(request.Document, PolicyDocumentKind.Managed, request.ConfirmSecurityWarnings)) errors[k] = v;
                if (errors.Count == 0)
                {
                    var snapshot = await inventory.GetAsync(c);
                    if (snapshot.Policies.Any(p => string.Equals(p.Policy.PolicyName, request.Name, StringComparison.OrdinalIgnoreCase)))
                        errors[PolicyFields.Name] = $"A customer managed policy named {request.Name} already exists (names are case-insensitive).";
                }
                return errors;
            },
            c => iamPolicies.CreatePolicyAsync(request.Name, request.Document, path, string.IsNullOrWhiteSpace(request.Description) ? null : request.Description, c),
            () => inventory.InvalidateAsync(CancellationToken.None), ct);
    }

    public async Task<CommandResult<PolicyEditOutcome>> UpdateAsync(UpdatePolicyRequest request, CancellationToken ct = default)
    {
        if (PolicyFields.IsAwsManaged(request.PolicyArn))
            return CommandResult.Invalid<PolicyEditOutcome>(PolicyFields.PolicyArn, "AWS managed policies cannot be edited; create a customer managed copy instead.");
        IReadOnlyList<IamPolicyVersion> deletable = [];
        var parameters = new Dictionary<string, object?> { ["DeleteVersionId"] = request.DeleteVersionId };
        var result = await runner.RunAsync(AuditActions.CreatePolicyVersion, request.PolicyArn, parameters,
            async c =>
            {
                var errors = checks.ValidateDocument(request.Document, PolicyDocumentKind.Managed, request.ConfirmSecurityWarnings);
                if (errors.Count > 0) return errors;
                var versions = await iamPolicies.ListPolicyVersionsAsync(request.PolicyArn, c);
                if (versions.Count >= PolicyFields.MaxVersions)
                {
                    deletable = versions.Where(v => !v.IsDefaultVersion).OrderBy(v => v.CreateDate).ToList();
                    var choice = deletable.FirstOrDefault(v => v.VersionId == request.DeleteVersionId);
                    if (choice is null)
                    {
                        errors[PolicyFields.DeleteVersionId] = request.DeleteVersionId is null
                            ? $"This policy has {versions.Count} versions, IAM's limit. Choose which non-default version to delete to make room."
                            : $"Version {request.DeleteVersionId} cannot be deleted: choose one of {string.Join(", ", deletable.Select(v => v.VersionId))}.";
                        return errors;
                    }
                }
                var (_, impactErrors) = await checks.CheckImpactAsync([new PermissionChange.ReplacePolicyDocument(request.PolicyArn, request.Document)],
                    request.AcknowledgedImpact, c);
                return impactErrors;
            },
            async c =>
            {
                string? deleted = null;
                if (deletable.Count > 0 && request.DeleteVersionId is { } delete)
                {
                    await iamPolicies.DeletePolicyVersionAsync(request.PolicyArn, delete, c);
                    deleted = delete;
                }
                var created = await iamPolicies.CreatePolicyVersionAsync(request.PolicyArn, request.Document, setAsDefault: true, c);
                return new PolicyEditOutcome(created, deleted, []);
            },
            () => inventory.InvalidateAsync(CancellationToken.None), ct);
        return result.Status == CommandStatus.Invalid && result.Errors.ContainsKey(PolicyFields.DeleteVersionId)
            ? CommandResult.Invalid(result.Errors, new PolicyEditOutcome(null, null, deletable))
            : result;
    }

    public Task<CommandResult<ChangeImpact>> PreviewSetDefaultAsync(string policyArn, string versionId, CancellationToken ct = default) =>
        CommandResult.CaptureAsync(async () =>
        {
            operatorContext.EnsureCanRead("preview a policy change");
            var version = await iamPolicies.GetPolicyVersionAsync(policyArn, versionId, ct);
            return await checks.PreviewAsync(new PermissionChange.ReplacePolicyDocument(policyArn, version.Document ?? ""), ct);
        });

    public Task<CommandResult<bool>> SetDefaultVersionAsync(string policyArn, string versionId, string? acknowledgedImpact, CancellationToken ct = default) =>
        runner.RunAsync(AuditActions.SetDefaultPolicyVersion, policyArn, new Dictionary<string, object?> { ["VersionId"] = versionId },
            async c =>
            {
                if (PolicyFields.IsAwsManaged(policyArn))
                    return new Dictionary<string, string> { [PolicyFields.PolicyArn] = "The default version of an AWS managed policy is set by AWS." };
                var version = await iamPolicies.GetPolicyVersionAsync(policyArn, versionId, c);
                if (version.IsDefaultVersion)
                    return new Dictionary<string, string> { [PolicyFields.VersionId] = $"{versionId} is already the default version." };
                var (_, errors) = await checks.CheckImpactAsync([new PermissionChange.ReplacePolicyDocument(policyArn, version.Document ?? "")], acknowledgedImpact, c);
                return errors;
            },
            c => iamPolicies.SetDefaultPolicyVersionAsync(policyArn, versionId, c),
            () => inventory.InvalidateAsync(CancellationToken.None), ct);
}
