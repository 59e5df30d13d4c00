using IamPortal.Application.Inventory;
using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Findings.Checks;

/// <summary>A policy someone holds, as a result's resource and as the risk engine's input.</summary>
internal sealed record PolicyInUse(FindingResourceType Type, string Id, string Name, string? Arn, PolicySource Source)
{
    public FindingResult Result(string checkId, bool pass, string detail) =>
        new(checkId, Type, Id, Name, Arn, pass ? FindingStatus.Pass : FindingStatus.Fail, detail);
}

internal static class PoliciesInUse
{
    public static IEnumerable<PolicyInUse> Of(InventorySnapshot inventory, PolicyKind kind)
    {
        if (kind == PolicyKind.Inline)
        {
            foreach (var u in inventory.Users)
                foreach (var p in u.InlinePolicies)
                    yield return new(FindingResourceType.User, $"{u.UserId}:{p.PolicyName}", $"{u.UserName} / {p.PolicyName}", u.Arn, new(p.PolicyName, p.Document));
            foreach (var g in inventory.Groups)
                foreach (var p in g.InlinePolicies)
                    yield return new(FindingResourceType.Group, $"{g.Group.GroupId}:{p.PolicyName}", $"{g.Group.GroupName} / {p.PolicyName}", g.Group.Arn, new(p.PolicyName, p.Document));
            yield break;
        }
        foreach (var p in inventory.Policies.Where(p => p.Policy.IsAwsManaged == (kind == PolicyKind.AwsManaged) && p.Policy.AttachmentCount > 0))
        {
            var document = inventory.PolicyDocument(p.Policy.Arn);
            if (document is null) continue;
            yield return new(FindingResourceType.Policy, p.Policy.PolicyId, p.Policy.PolicyName, p.Policy.Arn, new(p.Policy.PolicyName, document, p.Policy.Arn));
        }
    }
}
