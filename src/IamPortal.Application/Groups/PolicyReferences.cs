using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;

namespace IamPortal.Application.Groups;

public enum ReferenceKind { CustomerManaged, UserInline, GroupInline }

/// <summary>A policy whose document names a group's ARN: IAM does not update it when the group is renamed or deleted.</summary>
public sealed record PolicyReference(ReferenceKind Kind, string PolicyName, string? PolicyArn, string? Owner)
{
    public string Describe() => Kind switch
    {
        ReferenceKind.CustomerManaged => $"Customer managed policy {PolicyName}",
        ReferenceKind.UserInline => $"Inline policy {PolicyName} of user {Owner}",
        _ => $"Inline policy {PolicyName} of group {Owner}",
    };
}

/// <summary>
/// Finds the policies that mention a group's ARN: customer managed policies' default versions and groups' inline
/// policies from the inventory, users' inline policies from one GetAccountAuthorizationDetails (User filter) read.
/// </summary>
public sealed class PolicyReferenceFinder(IInventoryService inventory, IIamAccountApi iamAccount)
{
    public async Task<IReadOnlyList<PolicyReference>> FindAsync(string groupArn, CancellationToken ct)
    {
        var snapshot = await inventory.GetAsync(ct);
        var found = new List<PolicyReference>();
        foreach (var p in snapshot.Policies.Where(p => !p.Policy.IsAwsManaged))
        {
            var document = p.Versions.FirstOrDefault(v => v.IsDefaultVersion)?.Document;
            if (Mentions(document, groupArn)) found.Add(new PolicyReference(ReferenceKind.CustomerManaged, p.Policy.PolicyName, p.Policy.Arn, null));
        }
        foreach (var g in snapshot.Groups)
            foreach (var inline in g.InlinePolicies.Where(i => Mentions(i.Document, groupArn)))
                found.Add(new PolicyReference(ReferenceKind.GroupInline, inline.PolicyName, null, g.Group.GroupName));
        var users = await iamAccount.GetAccountAuthorizationDetailsAsync([AuthorizationDetailsFilter.User], ct);
        foreach (var u in users.Users)
            foreach (var inline in u.InlinePolicies.Where(i => Mentions(i.Document, groupArn)))
                found.Add(new PolicyReference(ReferenceKind.UserInline, inline.PolicyName, null, u.User.UserName));
        return found;
    }

    /// <summary>The document names the ARN (IAM compares ARNs case-sensitively in policies; names are unique case-insensitively, so we look both ways).</summary>
    public static bool Mentions(string? document, string arn) =>
        document is not null && document.Contains(arn, StringComparison.OrdinalIgnoreCase);
}
