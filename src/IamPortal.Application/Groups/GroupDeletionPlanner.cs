using IamPortal.Application.Iam;
using Kinds = IamPortal.Application.Groups.GroupStepKinds;

namespace IamPortal.Application.Groups;

/// <summary>Plans a group's deletion from live reads (GetGroup, ListAttachedGroupPolicies, ListGroupPolicies) in IAM's order.</summary>
public sealed class GroupDeletionPlanner(IIamGroupsApi iamGroups, IIamPoliciesApi iamPolicies, PolicyReferenceFinder references)
{
    public async Task<GroupDeletionPlan> PlanAsync(string groupName, CancellationToken ct)
    {
        var group = await iamGroups.GetGroupAsync(groupName, ct);
        var name = group.Group.GroupName;
        var attached = await iamPolicies.ListAttachedGroupPoliciesAsync(name, ct);
        var inline = await iamPolicies.ListGroupPoliciesAsync(name, ct);
        var referencing = await references.FindAsync(group.Group.Arn, ct);
        var members = group.Users.Select(u => u.UserName).OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ToList();
        return new GroupDeletionPlan(name, group.Group.Arn, members, attached, inline, referencing, Steps(name, members, attached, inline));
    }

    public static IReadOnlyList<GroupPlanStep> Steps(string group, IReadOnlyList<string> members, IReadOnlyList<IamAttachedPolicy> attached,
        IReadOnlyList<string> inline)
    {
        var steps = new List<GroupPlanStep>();
        steps.AddRange(members.Select(m => GroupPlanStep.Of(Kinds.RemoveMember, $"Remove {m} from {group}", new GroupMemberInput(group, m))));
        steps.AddRange(attached.Select(p => GroupPlanStep.Of(Kinds.DetachGroupPolicy, $"Detach {p.PolicyName}", new GroupPolicyInput(group, p.PolicyArn))));
        steps.AddRange(inline.Select(p => GroupPlanStep.Of(Kinds.DeleteGroupPolicy, $"Delete inline policy {p}", new GroupInlinePolicyInput(group, p))));
        steps.Add(GroupPlanStep.Of(Kinds.DeleteGroup, $"Delete the group {group}", new GroupInput(group)));
        steps.Add(GroupPlanStep.Of(Kinds.ConfirmGroupGone, $"Check that IAM no longer has {group}", new GroupInput(group)));
        return steps;
    }
}
