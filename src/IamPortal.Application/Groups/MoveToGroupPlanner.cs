using IamPortal.Application.Iam;
using Kinds = IamPortal.Application.Groups.GroupStepKinds;

namespace IamPortal.Application.Groups;

/// <summary>
/// The steps that move one user's direct permissions into a group, in an order that never leaves the user with less:
/// the group first gets the permissions (new group: create it, attach the managed policies, copy the inline ones),
/// the user joins, and only then are the direct policies detached and deleted; a last step checks none is left.
/// Every step is safe to repeat, so one job per user of a bulk move may share the group part.
/// </summary>
public static class MoveToGroupPlanner
{
    /// <summary>The group part: empty for an existing group (it already grants exactly the same).</summary>
    public static IReadOnlyList<GroupPlanStep> GroupSteps(string group, string? newGroupPath, DirectPermissions direct, InlineCopyMode mode,
        IReadOnlyList<NewPolicyInput> newPolicies)
    {
        if (newGroupPath is null) return [];
        var steps = new List<GroupPlanStep> { GroupPlanStep.Of(Kinds.CreateGroup, $"Create the group {group}", new GroupInput(group, newGroupPath)) };
        steps.AddRange(direct.Managed.Select(p => GroupPlanStep.Of(Kinds.AttachGroupPolicy, $"Attach {p.PolicyName} to {group}", new GroupPolicyInput(group, p.PolicyArn))));
        if (mode == InlineCopyMode.GroupInline)
        {
            steps.AddRange(direct.Inline.Select(p => GroupPlanStep.Of(Kinds.PutGroupPolicy, $"Copy inline policy {p.PolicyName} into {group}",
                new GroupInlinePolicyInput(group, p.PolicyName, p.Document))));
        }
        else
        {
            foreach (var policy in newPolicies)
            {
                steps.Add(GroupPlanStep.Of(Kinds.CreatePolicy, $"Create the customer managed policy {policy.PolicyName}", policy));
                steps.Add(GroupPlanStep.Of(Kinds.AttachGroupPolicy, $"Attach {policy.PolicyName} to {group}", new GroupPolicyInput(group, policy.Arn)));
            }
        }
        return steps;
    }

    /// <summary>The user part: join, detach, delete, confirm.</summary>
    public static IReadOnlyList<GroupPlanStep> UserSteps(string user, string group, DirectPermissions direct)
    {
        var steps = new List<GroupPlanStep> { GroupPlanStep.Of(Kinds.AddMember, $"Add {user} to {group}", new GroupMemberInput(group, user)) };
        steps.AddRange(direct.Managed.Select(p => GroupPlanStep.Of(Kinds.DetachUserPolicy, $"Detach {p.PolicyName} from {user}", new UserPolicyInput(user, p.PolicyArn))));
        steps.AddRange(direct.Inline.Select(p => GroupPlanStep.Of(Kinds.DeleteUserPolicy, $"Delete {user}'s inline policy {p.PolicyName}", new UserInlinePolicyInput(user, p.PolicyName))));
        steps.Add(GroupPlanStep.Of(Kinds.ConfirmNoDirectPolicies, $"Check that {user} has no policies of their own left", new GroupMemberInput(group, user)));
        return steps;
    }

    /// <summary>
    /// One new customer managed policy per inline policy, named "{group}-{inline}" (cut to IAM's 128 characters) with a
    /// number added while the name is taken; its ARN follows the user's account and partition.
    /// </summary>
    public static IReadOnlyList<NewPolicyInput> NewPolicies(string group, DirectPermissions direct, string userArn, IEnumerable<string> takenPolicyNames)
    {
        var taken = new HashSet<string>(takenPolicyNames, StringComparer.OrdinalIgnoreCase);
        var prefix = userArn[..userArn.IndexOf(":user/", StringComparison.Ordinal)] + ":policy/";
        var result = new List<NewPolicyInput>();
        foreach (var inline in direct.Inline)
        {
            var baseName = Cut($"{group}-{inline.PolicyName}", IamRules.MaxGroupOrPolicyNameLength);
            var name = baseName;
            for (var n = 2; !taken.Add(name); n++) name = Cut(baseName, IamRules.MaxGroupOrPolicyNameLength - 1 - n.ToString(System.Globalization.CultureInfo.InvariantCulture).Length) + "-" + n;
            result.Add(new NewPolicyInput(name, "/", inline.Document, prefix + name, $"Copied from the inline policy {inline.PolicyName} by Move to a group ({group})"));
        }
        return result;
    }

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..max];
}
