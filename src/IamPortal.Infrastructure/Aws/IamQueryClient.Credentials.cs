using IamPortal.Application.Iam;

namespace IamPortal.Infrastructure.Aws;

internal sealed partial class IamQueryClient
{
    public Task<IamLoginProfile?> GetLoginProfileAsync(string userName, CancellationToken ct = default) =>
        NullWhenMissingAsync(async () =>
        {
            var result = await CallAsync(Q("GetLoginProfile").Add("UserName", userName), ct).ConfigureAwait(false);
            return IamResponseMapper.LoginProfile(result.ReqChild("LoginProfile"));
        });

    public async Task<IamLoginProfile> CreateLoginProfileAsync(string userName, string password, bool passwordResetRequired, CancellationToken ct = default)
    {
        var query = Q("CreateLoginProfile").Add("UserName", userName).Add("Password", password).Add("PasswordResetRequired", passwordResetRequired);
        var result = await CallAsync(query, ct).ConfigureAwait(false);
        return IamResponseMapper.LoginProfile(result.ReqChild("LoginProfile"));
    }

    public Task UpdateLoginProfileAsync(string userName, string? password, bool? passwordResetRequired, CancellationToken ct = default) =>
        SendAsync(Q("UpdateLoginProfile").Add("UserName", userName).Add("Password", password).Add("PasswordResetRequired", passwordResetRequired), ct);

    public Task DeleteLoginProfileAsync(string userName, CancellationToken ct = default) =>
        SendAsync(Q("DeleteLoginProfile").Add("UserName", userName), ct);

    public Task<IReadOnlyList<IamAccessKey>> ListAccessKeysAsync(string userName, CancellationToken ct = default) =>
        ListAllAsync(Q("ListAccessKeys").Add("UserName", userName), "AccessKeyMetadata", IamResponseMapper.AccessKey, ct);

    public async Task<IamNewAccessKey> CreateAccessKeyAsync(string userName, CancellationToken ct = default)
    {
        var result = await CallAsync(Q("CreateAccessKey").Add("UserName", userName), ct).ConfigureAwait(false);
        return IamResponseMapper.NewAccessKey(result.ReqChild("AccessKey"));
    }

    public Task UpdateAccessKeyAsync(string userName, string accessKeyId, IamAccessKeyStatus status, CancellationToken ct = default) =>
        SendAsync(Q("UpdateAccessKey").Add("UserName", userName).Add("AccessKeyId", accessKeyId).Add("Status", status.ToString()), ct);

    public Task DeleteAccessKeyAsync(string userName, string accessKeyId, CancellationToken ct = default) =>
        SendAsync(Q("DeleteAccessKey").Add("UserName", userName).Add("AccessKeyId", accessKeyId), ct);

    public async Task<IamAccessKeyLastUsed> GetAccessKeyLastUsedAsync(string accessKeyId, CancellationToken ct = default)
    {
        var result = await CallAsync(Q("GetAccessKeyLastUsed").Add("AccessKeyId", accessKeyId), ct).ConfigureAwait(false);
        return IamResponseMapper.AccessKeyLastUsed(result, accessKeyId);
    }

    public Task<IReadOnlyList<IamSigningCertificate>> ListSigningCertificatesAsync(string userName, CancellationToken ct = default) =>
        ListAllAsync(Q("ListSigningCertificates").Add("UserName", userName), "Certificates", IamResponseMapper.SigningCertificate, ct);

    public Task DeleteSigningCertificateAsync(string userName, string certificateId, CancellationToken ct = default) =>
        SendAsync(Q("DeleteSigningCertificate").Add("UserName", userName).Add("CertificateId", certificateId), ct);

    public Task<IReadOnlyList<IamSshPublicKey>> ListSshPublicKeysAsync(string userName, CancellationToken ct = default) =>
        ListAllAsync(Q("ListSSHPublicKeys").Add("UserName", userName), "SSHPublicKeys", IamResponseMapper.SshPublicKey, ct);

    public Task DeleteSshPublicKeyAsync(string userName, string sshPublicKeyId, CancellationToken ct = default) =>
        SendAsync(Q("DeleteSSHPublicKey").Add("UserName", userName).Add("SSHPublicKeyId", sshPublicKeyId), ct);

    /// <summary>ListServiceSpecificCredentials takes no MaxItems/Marker in IAM; it is sent without paging.</summary>
    public async Task<IReadOnlyList<IamServiceSpecificCredential>> ListServiceSpecificCredentialsAsync(string userName, CancellationToken ct = default)
    {
        var result = await CallAsync(Q("ListServiceSpecificCredentials").Add("UserName", userName), ct).ConfigureAwait(false);
        return [.. result.Members("ServiceSpecificCredentials").Select(IamResponseMapper.ServiceSpecificCredential)];
    }

    public Task DeleteServiceSpecificCredentialAsync(string userName, string credentialId, CancellationToken ct = default) =>
        SendAsync(Q("DeleteServiceSpecificCredential").Add("UserName", userName).Add("ServiceSpecificCredentialId", credentialId), ct);
}
