namespace IamPortal.Application.Operators;

/// <summary>What an operator may do. Every Application service demands one before it acts.</summary>
public enum Permission
{
    /// <summary>Users, groups, policies, inventory: every portal role.</summary>
    ReadIam,
    /// <summary>Reports, findings, the audit log and evidence exports: auditors and admins.</summary>
    ReadAudit,
    /// <summary>Create, change and delete IAM users and their credentials.</summary>
    ManageUsers,
    /// <summary>Create, change and delete groups and memberships.</summary>
    ManageGroups,
    /// <summary>Create, change, attach and delete policies.</summary>
    ManagePolicies,
    /// <summary>Decide on members of groups in an access review (team leads for the groups they own).</summary>
    ReviewAccess,
    /// <summary>Guardrails, account settings, campaigns.</summary>
    ManageSettings,
}

/// <summary>The role → permission table of the product brief.</summary>
public static class RolePermissions
{
    public static bool Allows(PortalRole role, Permission permission) => role switch
    {
        PortalRole.SecurityAdmin => true,
        PortalRole.Auditor => permission is Permission.ReadIam or Permission.ReadAudit,
        PortalRole.TeamLead => permission is Permission.ReadIam or Permission.ReviewAccess,
        _ => false,
    };
}
