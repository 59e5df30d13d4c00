using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Operators;
using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Policies.Attachments;

public sealed class PolicyAttachmentService(
    IOperatorContext operatorContext,
    PrincipalPolicies principals,
    IIamAccountApi iamAccount,
    PolicyChecks checks,
    IInventoryService inventory,
    PolicyCommandRunner runner) : IPolicyAttachmentService
{
    public Task<CommandResult<AttachmentQuota>> QuotaAsync(PrincipalRef target, CancellationToken ct = default) =>
        CommandResult.CaptureAsync(() =>
        {
            operatorContext.EnsureCanRead("read attachment quotas");
            return ReadQuotaAsync(target, ct);
        });

    public Task<CommandResult<ChangeImpact>> PreviewAsync(PermissionChange change, CancellationToken ct = default) =>
        CommandResult.CaptureAsync(() =>
        {
            operatorContext.EnsureCanRead("preview a policy change");
            return checks.PreviewAsync(change, ct);
        });

    public Task<CommandResult<bool>> AttachAsync(PrincipalRef target, string policyArn, string? acknowledgedImpact, CancellationToken ct = default) =>
        runner.RunAsync(AuditActions.AttachPolicy,
            PrincipalPolicies.AuditTarget(target), new Dictionary<string, object?> { ["PolicyArn"] = policyArn },
            async c =>
            {
                var attached = await principals.ListAttachedAsync(target, c);
                if (attached.Any(a => a.PolicyArn == policyArn))
                    return new Dictionary<string, string> { [PolicyFields.PolicyArn] = $"This policy is already attached to {target}." };
                var quota = await QuotaOfAsync(target, attached.Count, c);
                if (quota.IsFull)
                    return new Dictionary<string, string>
                    {
                        [PolicyFields.Quota] = $"{target} already has {quota} managed policies attached, the account's quota. Detach one first.",
                    };
                return (await checks.CheckImpactAsync([new PermissionChange.AttachPolicy(target, policyArn)], acknowledgedImpact, c)).Errors;
            },
            c => principals.AttachAsync(target, policyArn, c),
            () => AfterChangeAsync(target), ct);

    public Task<CommandResult<bool>> DetachAsync(PrincipalRef target, string policyArn, string? acknowledgedImpact, CancellationToken ct = default) =>
        runner.RunAsync(AuditActions.DetachPolicy,
            PrincipalPolicies.AuditTarget(target), new Dictionary<string, object?> { ["PolicyArn"] = policyArn },
            async c => (await checks.CheckImpactAsync([new PermissionChange.DetachPolicy(target, policyArn)], acknowledgedImpact, c)).Errors,
            c => principals.DetachAsync(target, policyArn, c),
            () => AfterChangeAsync(target), ct);

    private async Task<AttachmentQuota> ReadQuotaAsync(PrincipalRef target, CancellationToken ct)
    {
        var attached = await principals.ListAttachedAsync(target, ct);
        return await QuotaOfAsync(target, attached.Count, ct);
    }

    private async Task<AttachmentQuota> QuotaOfAsync(PrincipalRef target, int used, CancellationToken ct)
    {
        var summary = await iamAccount.GetAccountSummaryAsync(ct);
        var limit = summary.TryGetValue(PrincipalPolicies.QuotaKey(target), out var q) ? (int)q : IamRules.MaxManagedPoliciesPerUser;
        return new AttachmentQuota(used, limit);
    }

    private Task AfterChangeAsync(PrincipalRef target) => target.Kind == PrincipalKind.User
        ? inventory.UserChangedAsync(target.Name, CancellationToken.None)
        : inventory.InvalidateAsync(CancellationToken.None);
}
