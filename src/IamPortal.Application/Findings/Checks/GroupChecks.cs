using IamPortal.Application.Iam;
using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Findings.Checks;

/// <summary>No group has AdministratorAccess (high: a group is reviewed, but every member holds everything).</summary>
public sealed class GroupAdministratorAccessCheck : ICheck
{
    public CheckDefinition Definition { get; } = new("iam_group_administrator_access_policy", "No group has AdministratorAccess attached", RiskSeverity.High, null, null, null,
        "Every member of the group, present and future, can do anything in the account.",
        "Replace AdministratorAccess with the permissions the group's work needs.", FindingFixKind.Group);

    public IEnumerable<FindingResult> Evaluate(FindingsInput input) => input.Inventory.Groups.Select(g =>
    {
        var has = Privileged.HasPolicy(g.AttachedManagedPolicies, CheckResults.AdministratorAccessArn);
        return Group(Definition.Id, g.Group, !has, has ? "AdministratorAccess is attached to the group." : "AdministratorAccess not attached.");
    });

    internal static FindingResult Group(string checkId, IamGroup group, bool pass, string detail) =>
        new(checkId, FindingResourceType.Group, group.GroupId, group.GroupName, group.Arn, pass ? FindingStatus.Pass : FindingStatus.Fail, detail);
}

/// <summary>AWSCloudShellFullAccess is attached to no user or group. CIS 1.22 / 1.21, IAM.27.</summary>
public sealed class CloudShellFullAccessCheck : ICheck
{
    public const string PolicyArn = "arn:aws:iam::aws:policy/AWSCloudShellFullAccess";

    public CheckDefinition Definition { get; } = new("iam_policy_cloudshell_admin_not_attached", "AWSCloudShellFullAccess is not attached", RiskSeverity.Medium, "1.22", "1.21", "IAM.27",
        "CloudShell full access allows uploading and downloading files and running anything the identity may.",
        "Detach AWSCloudShellFullAccess and grant only the CloudShell actions needed.", FindingFixKind.Policy);

    public IEnumerable<FindingResult> Evaluate(FindingsInput input)
    {
        foreach (var u in input.Inventory.Users)
        {
            var has = Privileged.HasPolicy(u.AttachedPolicies, PolicyArn);
            yield return CheckResults.User(Definition.Id, u, !has, has ? "AWSCloudShellFullAccess attached to the user." : "Not attached.");
        }
        foreach (var g in input.Inventory.Groups)
        {
            var has = Privileged.HasPolicy(g.AttachedManagedPolicies, PolicyArn);
            yield return GroupAdministratorAccessCheck.Group(Definition.Id, g.Group, !has, has ? "AWSCloudShellFullAccess attached to the group." : "Not attached.");
        }
    }
}

/// <summary>
/// Some role holds AWSSupportAccess. Roles are not in the inventory; the policy's attachment count (which counts
/// roles) beyond the users and groups holding it tells. CIS 1.17 / 1.16, IAM.18.
/// </summary>
public sealed class SupportRoleCheck : ICheck
{
    public const string PolicyArn = "arn:aws:iam::aws:policy/AWSSupportAccess";

    public CheckDefinition Definition { get; } = new("iam_support_role_created", "A role can manage AWS Support cases", RiskSeverity.Low, "1.17", "1.16", "IAM.18",
        "Without a support role, incidents wait for someone with broader rights.",
        "Create a role with AWSSupportAccess for the people who open support cases.", FindingFixKind.None);

    public IEnumerable<FindingResult> Evaluate(FindingsInput input)
    {
        var account = new FindingResult(Definition.Id, FindingResourceType.Account, input.Inventory.AccountId, input.Inventory.Account.DisplayName, null,
            FindingStatus.Manual, "AWSSupportAccess is not attached to anyone the inventory sees; check the account's roles.");
        var policy = input.Inventory.FindPolicy(PolicyArn);
        if (policy is null) return [account];
        var onUsersAndGroups = input.Inventory.Users.Count(u => Privileged.HasPolicy(u.AttachedPolicies, PolicyArn))
            + input.Inventory.Groups.Count(g => Privileged.HasPolicy(g.AttachedManagedPolicies, PolicyArn));
        return policy.Policy.AttachmentCount > onUsersAndGroups
            ? [account with { Status = FindingStatus.Pass, Detail = "AWSSupportAccess is attached to a role." }]
            : [account];
    }
}
