using System.Text;
using System.Xml.Linq;
using IamPortal.Application.Iam;

namespace IamPortal.Infrastructure.Aws;

/// <summary>
/// Maps IAM's XML elements to the Application's records (IAM's element names, IAM's meaning). Required (<c>Req</c>):
/// what identifies an item (its name, id or ARN, as IAM addresses it) and the payload a call exists for (a new secret,
/// an MFA seed, an inline policy's document). Everything else is optional and reads as a default when an endpoint
/// leaves it out, so one sparse item does not fail the response (ADR 0010).
/// </summary>
internal static class IamResponseMapper
{
    public static IamUser User(XElement e) => new(
        e.Req("UserName"), e.Req("UserId"), e.Req("Arn"), e.Str("Path") ?? "/", e.DateOrUnknown("CreateDate"),
        e.DateOrNull("PasswordLastUsed"),
        e.Child("PermissionsBoundary")?.Str("PermissionsBoundaryArn"),
        e.Child("Tags") is null ? null : Tags(e));

    public static IReadOnlyList<IamTag> Tags(XElement parent) =>
        [.. parent.Members("Tags").Select(t => new IamTag(t.Req("Key"), t.Str("Value") ?? ""))];

    public static IamGroup Group(XElement e) =>
        new(e.Req("GroupName"), e.Req("GroupId"), e.Req("Arn"), e.Str("Path") ?? "/", e.DateOrUnknown("CreateDate"));

    public static IamLoginProfile LoginProfile(XElement e) =>
        new(e.Req("UserName"), e.DateOrUnknown("CreateDate"), e.Bool("PasswordResetRequired"));

    public static IamAccessKeyStatus Status(XElement e) =>
        string.Equals(e.Str("Status"), "Active", StringComparison.OrdinalIgnoreCase) ? IamAccessKeyStatus.Active : IamAccessKeyStatus.Inactive;

    public static IamAccessKey AccessKey(XElement e) =>
        new(e.Req("UserName"), e.Req("AccessKeyId"), Status(e), e.DateOrUnknown("CreateDate"));

    public static IamNewAccessKey NewAccessKey(XElement e) =>
        new(e.Req("UserName"), e.Req("AccessKeyId"), Status(e), e.DateOrUnknown("CreateDate"), e.Req("SecretAccessKey"));

    /// <summary>IAM answers "N/A" for a key never used; that becomes null.</summary>
    public static IamAccessKeyLastUsed AccessKeyLastUsed(XElement result, string accessKeyId)
    {
        var used = result.Child("AccessKeyLastUsed");
        return new IamAccessKeyLastUsed(result.Str("UserName") ?? "", accessKeyId, used?.DateOrNull("LastUsedDate"),
            NotApplicableToNull(used?.Str("ServiceName")), NotApplicableToNull(used?.Str("Region")));
    }

    public static IamSigningCertificate SigningCertificate(XElement e) =>
        new(e.Req("UserName"), e.Req("CertificateId"), Status(e), e.DateOrUnknown("UploadDate"));

    public static IamSshPublicKey SshPublicKey(XElement e) =>
        new(e.Req("UserName"), e.Req("SSHPublicKeyId"), Status(e), e.DateOrUnknown("UploadDate"));

    public static IamServiceSpecificCredential ServiceSpecificCredential(XElement e) => new(
        e.Req("UserName"), e.Req("ServiceSpecificCredentialId"), e.Str("ServiceName") ?? "", e.Str("ServiceUserName") ?? "",
        Status(e), e.DateOrUnknown("CreateDate"));

    public static IamMfaDevice MfaDevice(XElement e) => new(e.Req("UserName"), e.Req("SerialNumber"), e.DateOrUnknown("EnableDate"));

    public static IamVirtualMfaDevice VirtualMfaDevice(XElement e) =>
        new(e.Req("SerialNumber"), e.Child("User")?.Str("UserName"), e.DateOrNull("EnableDate"), e.Child("User")?.Str("Arn"));

    /// <summary>Both seed and QR code are blobs, so base64 on the wire; the seed decodes to the base32 text.</summary>
    public static IamNewVirtualMfaDevice NewVirtualMfaDevice(XElement e) => new(
        e.Req("SerialNumber"), Encoding.ASCII.GetString(Convert.FromBase64String(e.Req("Base32StringSeed"))),
        Convert.FromBase64String(e.Str("QRCodePNG") ?? ""));

    /// <summary>IAM addresses a managed policy by its ARN, so a missing PolicyName is the ARN's last segment.</summary>
    public static IamManagedPolicy ManagedPolicy(XElement e)
    {
        var arn = e.Req("Arn");
        return new(NameOr(e, "PolicyName", arn), e.Req("PolicyId"), arn, e.Str("Path") ?? "/", e.Str("DefaultVersionId") ?? "v1",
            e.Int("AttachmentCount"), e.Int("PermissionsBoundaryUsageCount"), e.Bool("IsAttachable", fallback: true),
            e.Str("Description"), e.DateOrUnknown("CreateDate"), e.DateOrNull("UpdateDate") ?? e.DateOrUnknown("CreateDate"));
    }

    public static IamPolicyVersion PolicyVersion(XElement e) => new(
        e.Req("VersionId"), e.Bool("IsDefaultVersion"), e.DateOrUnknown("CreateDate"),
        e.Str("Document") is { } doc ? IamXmlReader.DecodeDocument(doc) : null);

    public static IamAttachedPolicy AttachedPolicy(XElement e)
    {
        var arn = e.Req("PolicyArn");
        return new(NameOr(e, "PolicyName", arn), arn);
    }

    /// <summary>An inline policy is addressed by its name, and its document is what it is read for: both required.</summary>
    public static IamInlinePolicy InlinePolicy(XElement e) =>
        new(e.Req("PolicyName"), IamXmlReader.DecodeDocument(e.Req("PolicyDocument")));

    public static IamUserDetail UserDetail(XElement e) => new(
        User(e) with { Tags = Tags(e) },
        [.. e.Members("GroupList").Select(g => g.Value)],
        [.. e.Members("AttachedManagedPolicies").Select(AttachedPolicy)],
        [.. e.Members("UserPolicyList").Select(InlinePolicy)],
        Tags(e),
        e.Child("PermissionsBoundary")?.Str("PermissionsBoundaryArn"));

    public static IamGroupDetail GroupDetail(XElement e) => new(
        Group(e),
        [.. e.Members("AttachedManagedPolicies").Select(AttachedPolicy)],
        [.. e.Members("GroupPolicyList").Select(InlinePolicy)]);

    public static IamPolicyWithVersions PolicyDetail(XElement e) =>
        new(ManagedPolicy(e), [.. e.Members("PolicyVersionList").Select(PolicyVersion)]);

    public static IamPasswordPolicy PasswordPolicy(XElement e) => new(
        e.Int("MinimumPasswordLength", 6), e.Bool("RequireSymbols"), e.Bool("RequireNumbers"),
        e.Bool("RequireUppercaseCharacters"), e.Bool("RequireLowercaseCharacters"), e.Bool("AllowUsersToChangePassword"),
        e.Bool("ExpirePasswords"), e.IntOrNull("MaxPasswordAge"), e.IntOrNull("PasswordReusePrevention"), e.Bool("HardExpiry"));

    public static IamServiceLastAccessed ServiceLastAccessed(XElement e) => new(
        e.Str("ServiceName") ?? e.Req("ServiceNamespace"), e.Req("ServiceNamespace"), e.DateOrNull("LastAuthenticated"),
        e.Str("LastAuthenticatedEntity"), e.Int("TotalAuthenticatedEntities"));

    public static CredentialReportState ReportState(string? state) => state?.ToUpperInvariant() switch
    {
        "COMPLETE" => CredentialReportState.Complete,
        "INPROGRESS" => CredentialReportState.InProgress,
        "STARTED" => CredentialReportState.Started,
        _ => throw new FormatException($"Unknown credential report state '{state}'."),
    };

    public static AccessAdvisorJobStatus JobStatus(string? status) => status?.ToUpperInvariant() switch
    {
        "COMPLETED" => AccessAdvisorJobStatus.Completed,
        "IN_PROGRESS" => AccessAdvisorJobStatus.InProgress,
        "FAILED" => AccessAdvisorJobStatus.Failed,
        _ => throw new FormatException($"Unknown job status '{status}'."),
    };

    /// <summary>The element's value, or the last path segment of the ARN that identifies the item (arn:…:policy/path/Name).</summary>
    private static string NameOr(XElement e, string name, string arn) =>
        e.Str(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value : arn[(arn.LastIndexOf('/') + 1)..];

    private static string? NotApplicableToNull(string? value) => value is null or "N/A" ? null : value;
}
