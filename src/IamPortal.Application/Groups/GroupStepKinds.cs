using IamPortal.Application.Audit;
using IamPortal.Application.Jobs;

namespace IamPortal.Application.Groups;

/// <summary>The journaled jobs of groups: deleting a group (target: the group) and moving a user's direct permissions into a group (target: the user).</summary>
public static class GroupJobKinds
{
    public const string GroupDeletion = "GroupDeletion";
    public const string MoveToGroup = "MoveToGroup";

    /// <summary>One deletion at a time per group.</summary>
    public static readonly JobScope DeletionScope = new("group-deletion", [GroupDeletion], JobScope.Resumable);

    /// <summary>One move at a time per user: two moves of one user would detach what the other copies.</summary>
    public static readonly JobScope MoveScope = new("user-move-to-group", [MoveToGroup], JobScope.Resumable);
}

/// <summary>Step kinds of the group jobs, each one IAM call (or one check) audited under <see cref="AuditActionOf"/>.</summary>
public static class GroupStepKinds
{
    // Deleting a group, in IAM's order: members, attached policies, inline policies, the group.
    public const string RemoveMember = "RemoveMember";
    public const string DetachGroupPolicy = "DetachGroupPolicy";
    public const string DeleteGroupPolicy = "DeleteGroupPolicy";
    public const string DeleteGroup = "DeleteGroup";
    public const string ConfirmGroupGone = "ConfirmGroupGone";

    // Moving a user's direct permissions into a group: the group gets them and the user joins before anything is removed.
    public const string CreateGroup = "CreateGroup";
    public const string AttachGroupPolicy = "AttachGroupPolicy";
    public const string PutGroupPolicy = "PutGroupPolicy";
    public const string CreatePolicy = "CreatePolicy";
    public const string AddMember = "AddMember";
    public const string DetachUserPolicy = "DetachUserPolicy";
    public const string DeleteUserPolicy = "DeleteUserPolicy";
    public const string ConfirmNoDirectPolicies = "ConfirmNoDirectPolicies";

    private static readonly Dictionary<string, string> AuditNames = new()
    {
        [RemoveMember] = AuditActions.RemoveFromGroup, [DetachGroupPolicy] = AuditActions.DetachPolicy,
        [DeleteGroupPolicy] = AuditActions.DeleteInlinePolicy, [DeleteGroup] = AuditActions.DeleteGroup,
        [ConfirmGroupGone] = AuditActions.ConfirmGroupGone, [CreateGroup] = AuditActions.CreateGroup,
        [AttachGroupPolicy] = AuditActions.AttachPolicy, [PutGroupPolicy] = AuditActions.PutInlinePolicy,
        [CreatePolicy] = AuditActions.CreatePolicy, [AddMember] = AuditActions.AddToGroup,
        [DetachUserPolicy] = AuditActions.DetachPolicy, [DeleteUserPolicy] = AuditActions.DeleteInlinePolicy,
        [ConfirmNoDirectPolicies] = AuditActions.ConfirmNoDirectPolicies,
    };

    public static string AuditActionOf(string kind) => AuditNames[kind];
}
