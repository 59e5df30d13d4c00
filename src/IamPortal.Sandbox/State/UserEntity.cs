using System.Text.Json.Serialization;

namespace IamPortal.Sandbox.State;

public sealed class TagEntry
{
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
}

public sealed class InlinePolicy
{
    public string Name { get; set; } = "";
    public string Document { get; set; } = "";
}

public sealed class LoginProfile
{
    public DateTimeOffset CreateDate { get; set; }
    public bool PasswordResetRequired { get; set; }
    /// <summary>When the password was last set (credential report password_last_changed).</summary>
    public DateTimeOffset PasswordLastChanged { get; set; }
}

public sealed class AccessKey
{
    public string AccessKeyId { get; set; } = "";
    /// <summary>Fake secret issued by the sandbox; kept in the data file because SigV4 verification needs it.</summary>
    public string SecretAccessKey { get; set; } = "";
    public string Status { get; set; } = "Active";
    public DateTimeOffset CreateDate { get; set; }
    public DateTimeOffset? LastUsedDate { get; set; }
    public string? LastUsedService { get; set; }
    public string? LastUsedRegion { get; set; }
}

public sealed class SigningCertificate
{
    public string CertificateId { get; set; } = "";
    public string CertificateBody { get; set; } = "";
    public string Status { get; set; } = "Active";
    public DateTimeOffset UploadDate { get; set; }
}

public sealed class SshPublicKey
{
    public string SshPublicKeyId { get; set; } = "";
    public string? Body { get; set; }
    public string? Fingerprint { get; set; }
    public string Status { get; set; } = "Active";
    public DateTimeOffset UploadDate { get; set; }
}

public sealed class ServiceSpecificCredential
{
    public string ServiceSpecificCredentialId { get; set; } = "";
    public string ServiceName { get; set; } = "";
    public string ServiceUserName { get; set; } = "";
    public string Status { get; set; } = "Active";
    public DateTimeOffset CreateDate { get; set; }
}

public sealed class UserEntity
{
    public string UserName { get; set; } = "";
    public string UserId { get; set; } = "";
    public string Path { get; set; } = "/";
    public DateTimeOffset CreateDate { get; set; }
    public DateTimeOffset? PasswordLastUsed { get; set; }
    public string? PermissionsBoundaryArn { get; set; }
    public List<TagEntry> Tags { get; set; } = [];
    public LoginProfile? LoginProfile { get; set; }
    public List<AccessKey> AccessKeys { get; set; } = [];
    public List<InlinePolicy> InlinePolicies { get; set; } = [];
    public List<string> AttachedPolicyArns { get; set; } = [];
    public List<string> GroupNames { get; set; } = [];
    public List<string> MfaSerials { get; set; } = [];
    public List<SigningCertificate> SigningCertificates { get; set; } = [];
    public List<SshPublicKey> SshPublicKeys { get; set; } = [];
    public List<ServiceSpecificCredential> ServiceSpecificCredentials { get; set; } = [];

    /// <summary>The account holding the user, set by <see cref="IamState"/> when the user is added or loaded.</summary>
    [JsonIgnore]
    public string AccountId { get; set; } = SandboxAccount.AccountId;

    [JsonIgnore]
    public string Arn => $"arn:aws:iam::{AccountId}:user{Path}{UserName}";
}
