using IamPortal.Application.Inventory;

namespace IamPortal.Application.Findings.Checks;

/// <summary>Who holds AdministratorAccess, directly or through a group.</summary>
internal static class Privileged
{
    public static bool HasPolicy(IEnumerable<Iam.IamAttachedPolicy> policies, string arn) =>
        policies.Any(p => string.Equals(p.PolicyArn, arn, StringComparison.Ordinal));

    public static IEnumerable<UserInventoryRow> Administrators(InventorySnapshot inventory)
    {
        var adminGroups = inventory.Groups
            .Where(g => HasPolicy(g.AttachedManagedPolicies, CheckResults.AdministratorAccessArn))
            .Select(g => g.Group.GroupName)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return inventory.Users.Where(u => HasPolicy(u.AttachedPolicies, CheckResults.AdministratorAccessArn) || u.Groups.Any(adminGroups.Contains));
    }
}
