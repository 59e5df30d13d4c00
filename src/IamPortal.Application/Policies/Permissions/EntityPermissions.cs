using IamPortal.Application.Iam;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Attachments;
using IamPortal.Application.Users;

namespace IamPortal.Application.Policies.Permissions;

/// <summary>An attached managed policy with its own risk (null when its document could not be read).</summary>
public sealed record AttachedPolicyRisk(string PolicyName, string PolicyArn, bool IsAwsManaged, RiskReport? Risk);

/// <summary>An inline policy with its document, size (without whitespace) and risk.</summary>
public sealed record InlinePolicyRisk(string PolicyName, string Document, int Size, RiskReport Risk);

/// <summary>
/// What a user or group has directly: attached managed policies (with the live quota) and inline policies (with their
/// aggregate size against IAM's limit), each with its risk. Each part says so when its read fails.
/// </summary>
public sealed record EntityPermissions(
    PrincipalRef Target,
    SectionRead<IReadOnlyList<AttachedPolicyRisk>> Attached,
    SectionRead<AttachmentQuota> Quota,
    SectionRead<IReadOnlyList<InlinePolicyRisk>> Inline,
    int InlineLimit)
{
    public int InlineSize => Inline.Succeeded ? Inline.Value!.Sum(p => p.Size) : 0;
}
