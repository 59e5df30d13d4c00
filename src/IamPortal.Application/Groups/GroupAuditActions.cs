namespace IamPortal.Application.Groups;

/// <summary>
/// Audit action names of the group feature that Audit/AuditActions.cs does not have yet ("Area.Verb"). Membership changes
/// use the shared <see cref="Audit.AuditActions.AddToGroup"/> and <see cref="Audit.AuditActions.RemoveFromGroup"/>.
/// </summary>
public static class GroupAuditActions
{
    public const string Feature = "Groups";
    public const string MoveFeature = "MoveToGroup";

    public const string CreateGroup = "Groups.Create";
    public const string UpdateGroup = "Groups.Update";
    public const string DeleteGroup = "Groups.Delete";
    public const string ConfirmGroupGone = "Groups.ConfirmGone";
    public const string StartDeletion = "Groups.StartDeletion";
    public const string ResumeDeletion = "Groups.ResumeDeletion";
    public const string AddMembers = "Groups.AddMembers";
    public const string RemoveMembers = "Groups.RemoveMembers";
    public const string CreatePolicy = "Policies.Create";
    public const string StartMoveToGroup = "Groups.StartMoveToGroup";
    public const string ResumeMoveToGroup = "Groups.ResumeMoveToGroup";
    public const string ConfirmNoDirectPolicies = "Groups.ConfirmNoDirectPolicies";
}
