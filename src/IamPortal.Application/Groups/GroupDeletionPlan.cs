using IamPortal.Application.Iam;

namespace IamPortal.Application.Groups;

/// <summary>
/// What deleting a group takes, read live from IAM: its members to remove, managed policies to detach, inline policies
/// to delete, then DeleteGroup and a check that it is gone; and the policies that still name its ARN (left as they are).
/// </summary>
public sealed record GroupDeletionPlan(
    string GroupName,
    string GroupArn,
    IReadOnlyList<string> Members,
    IReadOnlyList<IamAttachedPolicy> AttachedPolicies,
    IReadOnlyList<string> InlinePolicies,
    IReadOnlyList<PolicyReference> References,
    IReadOnlyList<GroupPlanStep> Steps);
