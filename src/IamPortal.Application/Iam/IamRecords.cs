namespace IamPortal.Application.Iam;

// The Application's own view of IAM's wire types. Infrastructure maps the Query API's XML into these;
// nothing above Infrastructure sees XML, HTTP or SDK types. Names follow IAM's API so they are easy to look up.

public sealed record IamTag(string Key, string Value);

public sealed record IamUser(
    string UserName,
    string UserId,
    string Arn,
    string Path,
    DateTimeOffset CreateDate,
    DateTimeOffset? PasswordLastUsed = null,
    string? PermissionsBoundaryArn = null,
    IReadOnlyList<IamTag>? Tags = null);

public sealed record IamGroup(string GroupName, string GroupId, string Arn, string Path, DateTimeOffset CreateDate);

public sealed record IamGroupWithMembers(IamGroup Group, IReadOnlyList<IamUser> Users);

public sealed record IamLoginProfile(string UserName, DateTimeOffset CreateDate, bool PasswordResetRequired);

public enum IamAccessKeyStatus { Active, Inactive }

public sealed record IamAccessKey(string UserName, string AccessKeyId, IamAccessKeyStatus Status, DateTimeOffset CreateDate);

/// <summary>The only place a secret access key exists: returned once by CreateAccessKey, never stored or logged.</summary>
public sealed record IamNewAccessKey(string UserName, string AccessKeyId, IamAccessKeyStatus Status, DateTimeOffset CreateDate, string SecretAccessKey)
{
    public override string ToString() => $"IamNewAccessKey {{ UserName = {UserName}, AccessKeyId = {AccessKeyId}, SecretAccessKey = *** }}";
}

public sealed record IamAccessKeyLastUsed(string UserName, string AccessKeyId, DateTimeOffset? LastUsedDate, string? ServiceName, string? Region);

public sealed record IamMfaDevice(string UserName, string SerialNumber, DateTimeOffset EnableDate);

/// <summary>A virtual MFA device; <see cref="UserArn"/> is the assigned user's ARN (for root, <c>arn:aws:iam::&lt;account&gt;:root</c>).</summary>
public sealed record IamVirtualMfaDevice(string SerialNumber, string? UserName, DateTimeOffset? EnableDate, string? UserArn = null);

/// <summary>Returned once by CreateVirtualMFADevice. The seed is a secret: shown once as a QR code, never stored or logged.</summary>
public sealed record IamNewVirtualMfaDevice(string SerialNumber, string Base32StringSeed, byte[] QrCodePng)
{
    public override string ToString() => $"IamNewVirtualMfaDevice {{ SerialNumber = {SerialNumber}, Base32StringSeed = *** }}";
}

public enum MfaAssignmentStatus { Any, Assigned, Unassigned }

public sealed record IamSigningCertificate(string UserName, string CertificateId, IamAccessKeyStatus Status, DateTimeOffset UploadDate);

public sealed record IamSshPublicKey(string UserName, string SshPublicKeyId, IamAccessKeyStatus Status, DateTimeOffset UploadDate);

public sealed record IamServiceSpecificCredential(string UserName, string ServiceSpecificCredentialId, string ServiceName, string ServiceUserName, IamAccessKeyStatus Status, DateTimeOffset CreateDate);
