using System.Text.Json.Serialization;
using IamPortal.Application.Iam;

namespace IamPortal.Application.Users;

/// <summary>An access key as the user page shows it; <paramref name="LastUsedError"/> says why its last use is unknown.</summary>
public sealed record AccessKeyView(IamAccessKey Key, IamAccessKeyLastUsed? LastUsed, int AgeDays, string? LastUsedError = null);

/// <summary>
/// Everything the user page shows, read live from IAM for one user. The user itself was read (or there is no page);
/// every other part is a read of its own that carries IAM's error when it failed, so the page shows the rest.
/// </summary>
public sealed record UserDetailView(
    IamUser User,
    SectionRead<IReadOnlyList<IamTag>> Tags,
    SectionRead<IReadOnlyList<IamGroup>> Groups,
    SectionRead<IReadOnlyList<IamAttachedPolicy>> AttachedPolicies,
    SectionRead<IReadOnlyList<string>> InlinePolicyNames,
    SectionRead<IamLoginProfile?> LoginProfile,
    SectionRead<IReadOnlyList<AccessKeyView>> AccessKeys,
    SectionRead<IReadOnlyList<IamMfaDevice>> MfaDevices,
    SectionRead<IReadOnlyList<IamSigningCertificate>> SigningCertificates,
    SectionRead<IReadOnlyList<IamSshPublicKey>> SshPublicKeys,
    SectionRead<IReadOnlyList<IamServiceSpecificCredential>> ServiceSpecificCredentials)
{
    /// <summary>The sections whose read failed, by name, for a summary at the top of the page.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> FailedSections =>
        new (string Name, bool Failed)[]
        {
            ("console access", !LoginProfile.Succeeded), ("access keys", !AccessKeys.Succeeded), ("MFA devices", !MfaDevices.Succeeded),
            ("signing certificates", !SigningCertificates.Succeeded), ("SSH public keys", !SshPublicKeys.Succeeded),
            ("service-specific credentials", !ServiceSpecificCredentials.Succeeded), ("groups", !Groups.Succeeded),
            ("managed policies", !AttachedPolicies.Succeeded), ("inline policies", !InlinePolicyNames.Succeeded), ("tags", !Tags.Succeeded),
        }.Where(s => s.Failed).Select(s => s.Name).ToList();
}
