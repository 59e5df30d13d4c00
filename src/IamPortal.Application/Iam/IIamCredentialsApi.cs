namespace IamPortal.Application.Iam;

/// <summary>Credentials: console password (login profile), access keys, signing certificates, SSH keys, service-specific credentials.</summary>
public interface IIamCredentialsApi
{
    /// <summary>GetLoginProfile; null when the user has no console password (IAM's NoSuchEntity).</summary>
    Task<IamLoginProfile?> GetLoginProfileAsync(string userName, CancellationToken ct = default);
    Task<IamLoginProfile> CreateLoginProfileAsync(string userName, string password, bool passwordResetRequired, CancellationToken ct = default);
    Task UpdateLoginProfileAsync(string userName, string? password, bool? passwordResetRequired, CancellationToken ct = default);
    Task DeleteLoginProfileAsync(string userName, CancellationToken ct = default);

    Task<IReadOnlyList<IamAccessKey>> ListAccessKeysAsync(string userName, CancellationToken ct = default);
    Task<IamNewAccessKey> CreateAccessKeyAsync(string userName, CancellationToken ct = default);
    Task UpdateAccessKeyAsync(string userName, string accessKeyId, IamAccessKeyStatus status, CancellationToken ct = default);
    Task DeleteAccessKeyAsync(string userName, string accessKeyId, CancellationToken ct = default);
    Task<IamAccessKeyLastUsed> GetAccessKeyLastUsedAsync(string accessKeyId, CancellationToken ct = default);

    Task<IReadOnlyList<IamSigningCertificate>> ListSigningCertificatesAsync(string userName, CancellationToken ct = default);
    Task DeleteSigningCertificateAsync(string userName, string certificateId, CancellationToken ct = default);
    Task<IReadOnlyList<IamSshPublicKey>> ListSshPublicKeysAsync(string userName, CancellationToken ct = default);
    Task DeleteSshPublicKeyAsync(string userName, string sshPublicKeyId, CancellationToken ct = default);
    Task<IReadOnlyList<IamServiceSpecificCredential>> ListServiceSpecificCredentialsAsync(string userName, CancellationToken ct = default);
    Task DeleteServiceSpecificCredentialAsync(string userName, string credentialId, CancellationToken ct = default);
}
