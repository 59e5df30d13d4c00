using IamPortal.Application.Iam;
using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Policies;

/// <summary>The IAM calls that differ between a user and a group, in one place so each command is written once.</summary>
public sealed class PrincipalPolicies(IIamPoliciesApi iam)
{
    public const string UserQuotaKey = "AttachedPoliciesPerUserQuota";
    public const string GroupQuotaKey = "AttachedPoliciesPerGroupQuota";
    public const int UserInlineLimit = 2048;
    public const int GroupInlineLimit = 5120;

    public static PolicyDocumentKind InlineKind(PrincipalRef p) => p.Kind == PrincipalKind.User ? PolicyDocumentKind.UserInline : PolicyDocumentKind.GroupInline;
    public static int InlineLimit(PrincipalRef p) => p.Kind == PrincipalKind.User ? UserInlineLimit : GroupInlineLimit;
    public static string QuotaKey(PrincipalRef p) => p.Kind == PrincipalKind.User ? UserQuotaKey : GroupQuotaKey;

    public Task<IReadOnlyList<IamAttachedPolicy>> ListAttachedAsync(PrincipalRef p, CancellationToken ct) =>
        p.Kind == PrincipalKind.User ? iam.ListAttachedUserPoliciesAsync(p.Name, ct) : iam.ListAttachedGroupPoliciesAsync(p.Name, ct);

    public Task AttachAsync(PrincipalRef p, string arn, CancellationToken ct) =>
        p.Kind == PrincipalKind.User ? iam.AttachUserPolicyAsync(p.Name, arn, ct) : iam.AttachGroupPolicyAsync(p.Name, arn, ct);

    public Task DetachAsync(PrincipalRef p, string arn, CancellationToken ct) =>
        p.Kind == PrincipalKind.User ? iam.DetachUserPolicyAsync(p.Name, arn, ct) : iam.DetachGroupPolicyAsync(p.Name, arn, ct);

    public Task<IReadOnlyList<string>> ListInlineAsync(PrincipalRef p, CancellationToken ct) =>
        p.Kind == PrincipalKind.User ? iam.ListUserPoliciesAsync(p.Name, ct) : iam.ListGroupPoliciesAsync(p.Name, ct);

    public Task<IamInlinePolicy> GetInlineAsync(PrincipalRef p, string name, CancellationToken ct) =>
        p.Kind == PrincipalKind.User ? iam.GetUserPolicyAsync(p.Name, name, ct) : iam.GetGroupPolicyAsync(p.Name, name, ct);

    public Task PutInlineAsync(PrincipalRef p, string name, string document, CancellationToken ct) =>
        p.Kind == PrincipalKind.User ? iam.PutUserPolicyAsync(p.Name, name, document, ct) : iam.PutGroupPolicyAsync(p.Name, name, document, ct);

    public Task DeleteInlineAsync(PrincipalRef p, string name, CancellationToken ct) =>
        p.Kind == PrincipalKind.User ? iam.DeleteUserPolicyAsync(p.Name, name, ct) : iam.DeleteGroupPolicyAsync(p.Name, name, ct);

    /// <summary>Every inline policy of the principal with its document (one List and a Get per policy: a principal's own page).</summary>
    public async Task<IReadOnlyList<IamInlinePolicy>> ReadInlineAsync(PrincipalRef p, CancellationToken ct)
    {
        var names = await ListInlineAsync(p, ct);
        var policies = new List<IamInlinePolicy>(names.Count);
        foreach (var name in names) policies.Add(await GetInlineAsync(p, name, ct));
        return policies;
    }

    public static string AuditTarget(PrincipalRef p) => p.Kind == PrincipalKind.User ? p.Name : "group/" + p.Name;
}
