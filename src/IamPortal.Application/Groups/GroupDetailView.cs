using IamPortal.Application.Iam;
using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Groups;

/// <summary>A member of a group as the inventory knows them: MFA, console access, last activity, how many groups they are in.</summary>
public sealed record GroupMember(string UserName, string Arn, string Path, bool MfaActive, bool PasswordEnabled, DateTimeOffset? LastActivity, int GroupCount);

/// <summary>
/// One group's page from the inventory: the group, its members (from the users' group lists), its attached and inline
/// policies, the attached-policies quota, and its effective risk (null when it could not be assessed).
/// </summary>
public sealed record GroupDetail(
    IamGroup Group,
    IReadOnlyList<GroupMember> Members,
    IReadOnlyList<IamAttachedPolicy> AttachedPolicies,
    IReadOnlyList<IamInlinePolicy> InlinePolicies,
    int? AttachedPolicyQuota,
    RiskReport? Risk,
    DateTimeOffset InventoryBuiltAt);

/// <summary>One service the group grants, per Access Advisor: when a member last used it, which member, how many members did.</summary>
public sealed record GroupServiceAccess(string ServiceName, string ServiceNamespace, DateTimeOffset? LastAuthenticated, string? LastAuthenticatedUser,
    int MembersWhoUsedIt);

/// <summary>An Access Advisor report for a group: in progress (poll again), completed with its services, or failed with IAM's reason.</summary>
public sealed record GroupAccessReport(string JobId, AccessAdvisorJobStatus Status, IReadOnlyList<GroupServiceAccess> Services, string? Error)
{
    public bool IsDone => Status != AccessAdvisorJobStatus.InProgress;
}
