using IamPortal.Application.Iam;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Users;

namespace IamPortal.Application.Policies.Managed;

/// <summary>Where a managed policy is attached: users and groups by name, roles as a count (the portal manages no roles).</summary>
public sealed record PolicyAttachments(IReadOnlyList<string> UserNames, IReadOnlyList<string> GroupNames, int RoleCount);

/// <summary>
/// One managed policy's page: the policy, its default document pretty-printed, its summary per service and risk, its
/// versions (each with its document) and where it is attached. Each part that needs its own read says so when it fails.
/// </summary>
public sealed record PolicyDetail(
    IamManagedPolicy Policy,
    string DefaultDocument,
    IReadOnlyList<ServiceAccessSummary> Summary,
    RiskReport Risk,
    SectionRead<IReadOnlyList<IamPolicyVersion>> Versions,
    SectionRead<PolicyAttachments> Attachments)
{
    public bool IsAwsManaged => Policy.IsAwsManaged;
}
