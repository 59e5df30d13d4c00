namespace IamPortal.Application.Groups;

/// <summary>The features the group work is recorded as (the audit entry's "Via" parameter); the action names are in Audit/AuditActions.cs.</summary>
public static class GroupAuditActions
{
    public const string Feature = "Groups";
    public const string MoveFeature = "MoveToGroup";
}
