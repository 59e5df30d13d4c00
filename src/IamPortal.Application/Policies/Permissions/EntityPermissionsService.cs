using IamPortal.Application.Commands;
using IamPortal.Application.Inventory;
using IamPortal.Application.Operators;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Attachments;
using IamPortal.Application.Users;

namespace IamPortal.Application.Policies.Permissions;

public sealed class EntityPermissionsService(
    IOperatorContext operatorContext,
    PrincipalPolicies principals,
    IPolicyAttachmentService attachments,
    IInventoryService inventory,
    IPolicyValidator validator,
    IRiskAnalyzer riskAnalyzer,
    IIdentityRiskService identityRisk) : IEntityPermissionsService
{
    public async Task<EntityPermissions> GetAsync(PrincipalRef target, CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("read permissions");
        var attached = await SectionRead.CaptureAsync(() => AttachedAsync(target, ct));
        var quotaResult = await attachments.QuotaAsync(target, ct);
        var quota = quotaResult.Succeeded ? SectionRead.Of(quotaResult.Value!) : new SectionRead<AttachmentQuota>(null, quotaResult.Error, quotaResult.ErrorCode);
        var inline = await SectionRead.CaptureAsync(() => InlineAsync(target, ct));
        return new EntityPermissions(target, attached, quota, inline, PrincipalPolicies.InlineLimit(target));
    }

    private async Task<IReadOnlyList<AttachedPolicyRisk>> AttachedAsync(PrincipalRef target, CancellationToken ct)
    {
        var attached = await principals.ListAttachedAsync(target, ct);
        var snapshot = await inventory.GetAsync(ct);
        var result = new List<AttachedPolicyRisk>(attached.Count);
        foreach (var a in attached)
        {
            RiskReport? risk;
            if (snapshot.PolicyDocument(a.PolicyArn) is { } document)
                risk = riskAnalyzer.Analyze(new PolicySource(a.PolicyName, document, a.PolicyArn));
            else
                risk = (await CommandResult.CaptureAsync(() => identityRisk.ForManagedPolicyAsync(a.PolicyArn, ct))).Value;
            result.Add(new AttachedPolicyRisk(a.PolicyName, a.PolicyArn, PolicyFields.IsAwsManaged(a.PolicyArn), risk));
        }
        return result;
    }

    private async Task<IReadOnlyList<InlinePolicyRisk>> InlineAsync(PrincipalRef target, CancellationToken ct)
    {
        var kind = PrincipalPolicies.InlineKind(target);
        return (await principals.ReadInlineAsync(target, ct))
            .Select(p => new InlinePolicyRisk(p.PolicyName, p.Document, validator.Validate(p.Document, kind).Size,
                riskAnalyzer.Analyze(new PolicySource($"inline {p.PolicyName} ({target})", p.Document))))
            .ToList();
    }
}
