namespace IamPortal.Application.Iam;

public enum PolicyScope { All, Aws, Local }

public sealed record IamManagedPolicy(
    string PolicyName,
    string PolicyId,
    string Arn,
    string Path,
    string DefaultVersionId,
    int AttachmentCount,
    int PermissionsBoundaryUsageCount,
    bool IsAttachable,
    string? Description,
    DateTimeOffset CreateDate,
    DateTimeOffset UpdateDate)
{
    public bool IsAwsManaged => Arn.StartsWith("arn:aws:iam::aws:policy", StringComparison.Ordinal);
}

/// <summary>A policy version; <see cref="Document"/> is the decoded JSON (IAM URL-encodes it on the wire).</summary>
public sealed record IamPolicyVersion(string VersionId, bool IsDefaultVersion, DateTimeOffset CreateDate, string? Document = null);

public sealed record IamAttachedPolicy(string PolicyName, string PolicyArn);

public sealed record IamInlinePolicy(string PolicyName, string Document);

public sealed record IamPolicyEntities(IReadOnlyList<string> GroupNames, IReadOnlyList<string> UserNames, IReadOnlyList<string> RoleNames);

public sealed record IamPolicyWithVersions(IamManagedPolicy Policy, IReadOnlyList<IamPolicyVersion> Versions);
