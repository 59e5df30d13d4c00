using IamPortal.Application.Iam;

namespace IamPortal.Application.Users;

public sealed record AccessKeyView(IamAccessKey Key, IamAccessKeyLastUsed? LastUsed, int AgeDays);

/// <summary>Everything the user page shows, read live from IAM for one user.</summary>
public sealed record UserDetailView(
    IamUser User,
    IReadOnlyList<IamTag> Tags,
    IReadOnlyList<IamGroup> Groups,
    IReadOnlyList<IamAttachedPolicy> AttachedPolicies,
    IReadOnlyList<string> InlinePolicyNames,
    IamLoginProfile? LoginProfile,
    IReadOnlyList<AccessKeyView> AccessKeys,
    IReadOnlyList<IamMfaDevice> MfaDevices,
    IReadOnlyList<IamSigningCertificate> SigningCertificates,
    IReadOnlyList<IamSshPublicKey> SshPublicKeys,
    IReadOnlyList<IamServiceSpecificCredential> ServiceSpecificCredentials);
