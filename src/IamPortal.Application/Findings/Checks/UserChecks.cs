using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Findings.Checks;

/// <summary>
/// Console passwords used within N days. A password never used is judged by when it was last set (else the user's
/// creation): a new user passes, one who never signed in for months fails. Users without a password are not judged.
/// CIS 1.12 / 1.11, IAM.22.
/// </summary>
public sealed class ConsoleAccessUnusedCheck : ICheck
{
    public CheckDefinition Definition { get; } = new("iam_user_console_access_unused", "Console passwords are in use", RiskSeverity.Medium, "1.12", "1.11", "IAM.22",
        "A password nobody uses can be guessed or phished without anyone noticing.",
        "Remove the console password on the user's Credentials tab (or offboard the user).", FindingFixKind.Credentials);

    public IEnumerable<FindingResult> Evaluate(FindingsInput input)
    {
        var limit = input.Options.ConsoleUnusedDays;
        foreach (var user in input.Inventory.Users.Where(u => u.PasswordEnabled))
        {
            var since = user.PasswordLastUsed ?? user.PasswordLastChanged ?? user.CreateDate;
            var days = CheckResults.DaysSince(input.Now, since);
            var detail = user.PasswordLastUsed is null ? $"Never signed in; password set {days} days ago." : $"Last signed in {days} days ago.";
            yield return CheckResults.User(Definition.Id, user, days < limit, detail);
        }
    }
}

/// <summary>Users get permissions from groups, not attached or inline policies. CIS 1.15 / 1.14, IAM.2.</summary>
public sealed class UserPoliciesOnlyThroughGroupsCheck : ICheck
{
    public CheckDefinition Definition { get; } = new("iam_policy_attached_only_to_group_or_roles", "Users get permissions only through groups", RiskSeverity.Low, "1.15", "1.14", "IAM.2",
        "Policies on single users drift out of sight and out of access reviews.",
        "Move the user into a group that carries the permissions, then detach the user's own policies.", FindingFixKind.Groups);

    public IEnumerable<FindingResult> Evaluate(FindingsInput input) => input.Inventory.Users.Select(u =>
    {
        var inline = Math.Max(u.InlinePolicyCount, u.InlinePolicies.Count);
        var pass = u.AttachedPolicies.Count == 0 && inline == 0;
        return CheckResults.User(Definition.Id, u, pass, pass ? "No policies of its own." : $"{u.AttachedPolicies.Count} attached and {inline} inline policies.");
    });
}

/// <summary>No user has AdministratorAccess attached directly.</summary>
public sealed class UserAdministratorAccessCheck : ICheck
{
    public CheckDefinition Definition { get; } = new("iam_user_administrator_access_policy", "No user has AdministratorAccess attached", RiskSeverity.Critical, null, null, null,
        "Full administrator rights on a single user escape every group-based review.",
        "Move the user to the administrators' group (if they need it) and detach AdministratorAccess.", FindingFixKind.Groups);

    public IEnumerable<FindingResult> Evaluate(FindingsInput input) => input.Inventory.Users.Select(u =>
    {
        var has = Privileged.HasPolicy(u.AttachedPolicies, CheckResults.AdministratorAccessArn);
        return CheckResults.User(Definition.Id, u, !has, has ? "AdministratorAccess is attached to the user." : "AdministratorAccess not attached.");
    });
}
