using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Operators;
using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Policies.Inline;

public sealed class InlinePolicyService(
    IOperatorContext operatorContext,
    PrincipalPolicies principals,
    IPolicyValidator validator,
    PolicyChecks checks,
    IInventoryService inventory,
    PolicyCommandRunner runner) : IInlinePolicyService
{
    public Task<CommandResult<IamInlinePolicy>> GetAsync(PrincipalRef target, string policyName, CancellationToken ct = default) =>
        CommandResult.CaptureAsync(() =>
        {
            operatorContext.EnsureCanRead("read an inline policy");
            return principals.GetInlineAsync(target, policyName, ct);
        });

    public Task<CommandResult<int>> OtherInlineSizeAsync(PrincipalRef target, string? exceptPolicyName, CancellationToken ct = default) =>
        CommandResult.CaptureAsync(() =>
        {
            operatorContext.EnsureCanRead("read inline policies");
            return OtherSizeAsync(target, exceptPolicyName, ct);
        });

    public Task<CommandResult<ChangeImpact>> PreviewAsync(PrincipalRef target, string policyName, string? document, CancellationToken ct = default) =>
        CommandResult.CaptureAsync(() =>
        {
            operatorContext.EnsureCanRead("preview a policy change");
            return checks.PreviewAsync(new PermissionChange.PutInlinePolicy(target, policyName, document), ct);
        });

    public Task<CommandResult<bool>> PutAsync(InlinePolicyRequest request, CancellationToken ct = default)
    {
        var target = request.Target;
        var action = AuditActions.PutInlinePolicy;
        return runner.RunAsync(action, PrincipalPolicies.AuditTarget(target), new Dictionary<string, object?> { ["PolicyName"] = request.PolicyName },
            async c =>
            {
                var errors = new Dictionary<string, string>();
                if (IamRules.ValidatePolicyName(request.PolicyName) is { } n)
                {
                    errors[PolicyFields.InlineName] = n;
                    return errors;
                }
                var otherSize = await OtherSizeAsync(target, request.PolicyName, c);
                errors = checks.ValidateDocument(request.Document, PrincipalPolicies.InlineKind(target), request.ConfirmSecurityWarnings, otherSize);
                if (errors.Count > 0) return errors;
                var (_, impactErrors) = await checks.CheckImpactAsync([new PermissionChange.PutInlinePolicy(target, request.PolicyName, request.Document)],
                    request.AcknowledgedImpact, c);
                return impactErrors;
            },
            c => principals.PutInlineAsync(target, request.PolicyName, request.Document, c),
            () => AfterChangeAsync(target), ct);
    }

    public Task<CommandResult<bool>> DeleteAsync(PrincipalRef target, string policyName, string? acknowledgedImpact, CancellationToken ct = default)
    {
        var action = AuditActions.DeleteInlinePolicy;
        return runner.RunAsync(action, PrincipalPolicies.AuditTarget(target), new Dictionary<string, object?> { ["PolicyName"] = policyName },
            async c => (await checks.CheckImpactAsync([new PermissionChange.PutInlinePolicy(target, policyName, null)], acknowledgedImpact, c)).Errors,
            c => principals.DeleteInlineAsync(target, policyName, c),
            () => AfterChangeAsync(target), ct);
    }

    private async Task<int> OtherSizeAsync(PrincipalRef target, string? exceptPolicyName, CancellationToken ct)
    {
        var kind = PrincipalPolicies.InlineKind(target);
        var others = (await principals.ReadInlineAsync(target, ct))
            .Where(p => !string.Equals(p.PolicyName, exceptPolicyName, StringComparison.Ordinal));
        return others.Sum(p => validator.Validate(p.Document, kind).Size);
    }

    private Task AfterChangeAsync(PrincipalRef target) => target.Kind == PrincipalKind.User
        ? inventory.UserChangedAsync(target.Name, CancellationToken.None)
        : inventory.InvalidateAsync(CancellationToken.None);
}
