using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using IamPortal.Sandbox.Protocol;
using IamPortal.Sandbox.State;

namespace IamPortal.Sandbox.Operations;

/// <summary>
/// UploadSSHPublicKey, UploadSigningCertificate and CreateServiceSpecificCredential with IAM's checks and quotas, so the
/// AWS CLI can give a user the credentials that offboarding must remove before DeleteUser.
/// </summary>
public static class OtherCredentialUploads
{
    public const int SshKeysPerUser = 5;
    public const int SigningCertificatesPerUser = 2;
    public const int ServiceCredentialsPerService = 2;
    private static readonly string[] SupportedServices = ["codecommit.amazonaws.com", "cassandra.amazonaws.com", "bedrock.amazonaws.com"];

    public static void Register(OperationRegistry r)
    {
        r.Write("UploadSSHPublicKey", UploadSshPublicKey, hasResult: true);
        r.Write("UploadSigningCertificate", UploadSigningCertificate, hasResult: true);
        r.Write("CreateServiceSpecificCredential", CreateServiceSpecificCredential, hasResult: true);
    }

    private static void UploadSshPublicKey(OperationContext ctx)
    {
        var user = ctx.ResolveUser();
        var body = ctx.Q.Req("SSHPublicKeyBody").Trim();
        var fingerprint = SshFingerprint(body)
            ?? throw new IamException("UnrecognizedPublicKeyEncoding", "The SSH public key must be in ssh-rsa format.");
        if (user.SshPublicKeys.Any(k => k.Fingerprint == fingerprint))
            throw new IamException("DuplicateSSHPublicKey", "The SSH public key is already associated with the specified IAM user.");
        if (user.SshPublicKeys.Count >= SshKeysPerUser)
            throw new IamException("LimitExceeded", $"Cannot exceed quota for PublicKeysPerUser: {SshKeysPerUser}");
        var key = new SshPublicKey
        {
            SshPublicKeyId = Ids.New(ctx.State.Rng, "APKA"), Body = body, Fingerprint = fingerprint, UploadDate = ctx.Now,
        };
        user.SshPublicKeys.Add(key);
        ctx.Result.Start("SSHPublicKey").El("UserName", user.UserName).El("SSHPublicKeyId", key.SshPublicKeyId)
            .El("Fingerprint", fingerprint).El("SSHPublicKeyBody", body).El("Status", key.Status).Date("UploadDate", key.UploadDate).End();
    }

    /// <summary>The MD5 fingerprint of an "ssh-rsa AAAA..." key, or null when the text is not one.</summary>
    public static string? SshFingerprint(string body)
    {
        var parts = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || parts[0] != "ssh-rsa") return null;
        byte[] blob;
        try { blob = Convert.FromBase64String(parts[1]); }
        catch (FormatException) { return null; }
        if (blob.Length < 4) return null;
        var typeLength = BinaryPrimitives.ReadInt32BigEndian(blob);
        if (typeLength != 7 || blob.Length < 4 + typeLength || Encoding.ASCII.GetString(blob, 4, typeLength) != "ssh-rsa") return null;
        return string.Join(':', MD5.HashData(blob).Select(b => b.ToString("x2")));
    }

    private static void UploadSigningCertificate(OperationContext ctx)
    {
        var user = ctx.ResolveUser();
        var body = ctx.Q.Req("CertificateBody").Trim();
        if (!body.StartsWith("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal) || !body.EndsWith("-----END CERTIFICATE-----", StringComparison.Ordinal))
            throw new IamException("MalformedCertificate", "The certificate body is not a PEM-encoded X.509 certificate.");
        if (user.SigningCertificates.Any(c => c.CertificateBody == body))
            throw new IamException("DuplicateCertificate", "The certificate is already associated with the specified IAM user.");
        if (user.SigningCertificates.Count >= SigningCertificatesPerUser)
            throw new IamException("LimitExceeded", $"Cannot exceed quota for SigningCertificatesPerUser: {SigningCertificatesPerUser}");
        var certificate = new SigningCertificate { CertificateId = Ids.New(ctx.State.Rng, "", 32), CertificateBody = body, UploadDate = ctx.Now };
        user.SigningCertificates.Add(certificate);
        ctx.Result.Start("Certificate").El("UserName", user.UserName).El("CertificateId", certificate.CertificateId)
            .El("CertificateBody", body).El("Status", certificate.Status).Date("UploadDate", certificate.UploadDate).End();
    }

    private static void CreateServiceSpecificCredential(OperationContext ctx)
    {
        var user = ctx.ResolveUser();
        var service = ctx.Q.Req("ServiceName");
        if (!SupportedServices.Contains(service))
            throw new IamException("NotSupportedService", $"Service {service} is not supported for service-specific credentials.");
        if (user.ServiceSpecificCredentials.Count(c => c.ServiceName == service) >= ServiceCredentialsPerService)
            throw new IamException("LimitExceeded", $"Cannot exceed quota for ServiceSpecificCredentialsPerUserPerService: {ServiceCredentialsPerService}");
        var credential = new ServiceSpecificCredential
        {
            ServiceSpecificCredentialId = Ids.New(ctx.State.Rng, "ACCA"), ServiceName = service,
            ServiceUserName = $"{user.UserName}-at-{ctx.State.AccountId}", CreateDate = ctx.Now,
        };
        user.ServiceSpecificCredentials.Add(credential);
        // The password is returned once and not kept, as in IAM (the Sandbox cannot reset it).
        ctx.Result.Start("ServiceSpecificCredential").Date("CreateDate", credential.CreateDate).El("ServiceName", service)
            .El("ServiceUserName", credential.ServiceUserName).El("ServicePassword", Ids.Secret(ctx.State.Rng))
            .El("ServiceSpecificCredentialId", credential.ServiceSpecificCredentialId).El("UserName", user.UserName)
            .El("Status", credential.Status).End();
    }
}
