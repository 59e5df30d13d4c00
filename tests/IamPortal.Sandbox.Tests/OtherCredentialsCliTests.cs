using IamPortal.Sandbox.Tests.Infrastructure;

namespace IamPortal.Sandbox.Tests;

/// <summary>SSH public keys, signing certificates and service-specific credentials through the AWS CLI.</summary>
public sealed class OtherCredentialsCliTests(SandboxFixture fx) : IClassFixture<SandboxFixture>
{
    [SkippableFact]
    public async Task Uploaded_credentials_are_listed_block_DeleteUser_and_are_deleted()
    {
        var aws = fx.Cli;
        const string user = "other.creds";
        (await aws.RunAsync("iam", "create-user", "--user-name", user)).ShouldSucceed();
        var body = SampleCredentials.SshRsaPublicKey();

        var ssh = (await aws.RunAsync("iam", "upload-ssh-public-key", "--user-name", user, "--ssh-public-key-body", body))
            .ShouldSucceed().Json.GetProperty("SSHPublicKey");
        ssh.GetProperty("SSHPublicKeyId").GetString().Should().StartWith("APKA");
        ssh.GetProperty("Fingerprint").GetString().Should().MatchRegex("^([0-9a-f]{2}:){15}[0-9a-f]{2}$");
        (await aws.RunAsync("iam", "upload-ssh-public-key", "--user-name", user, "--ssh-public-key-body", body))
            .ErrorCode.Should().Be("DuplicateSSHPublicKey");
        (await aws.RunAsync("iam", "upload-ssh-public-key", "--user-name", user, "--ssh-public-key-body", "ssh-rsa not-base64!"))
            .ErrorCode.Should().Be("UnrecognizedPublicKeyEncoding");

        var cert = (await aws.RunAsync("iam", "upload-signing-certificate", "--user-name", user,
            "--certificate-body", SampleCredentials.SelfSignedCertificatePem(user))).ShouldSucceed().Json.GetProperty("Certificate");
        (await aws.RunAsync("iam", "upload-signing-certificate", "--user-name", user, "--certificate-body", "not a certificate"))
            .ErrorCode.Should().Be("MalformedCertificate");

        var service = (await aws.RunAsync("iam", "create-service-specific-credential", "--user-name", user,
            "--service-name", "codecommit.amazonaws.com")).ShouldSucceed().Json.GetProperty("ServiceSpecificCredential");
        service.GetProperty("ServicePassword").GetString().Should().NotBeNullOrEmpty("the password is returned once, at creation");
        (await aws.RunAsync("iam", "create-service-specific-credential", "--user-name", user, "--service-name", "s3.amazonaws.com"))
            .ErrorCode.Should().Be("NotSupportedService");

        (await aws.RunAsync("iam", "list-ssh-public-keys", "--user-name", user)).ShouldSucceed().Json
            .GetProperty("SSHPublicKeys").GetArrayLength().Should().Be(1);
        (await aws.RunAsync("iam", "delete-user", "--user-name", user)).ErrorCode.Should().Be("DeleteConflict");

        (await aws.RunAsync("iam", "delete-ssh-public-key", "--user-name", user,
            "--ssh-public-key-id", ssh.GetProperty("SSHPublicKeyId").GetString()!)).ShouldSucceed();
        (await aws.RunAsync("iam", "delete-signing-certificate", "--user-name", user,
            "--certificate-id", cert.GetProperty("CertificateId").GetString()!)).ShouldSucceed();
        (await aws.RunAsync("iam", "delete-service-specific-credential", "--user-name", user,
            "--service-specific-credential-id", service.GetProperty("ServiceSpecificCredentialId").GetString()!)).ShouldSucceed();
        (await aws.RunAsync("iam", "delete-user", "--user-name", user)).ShouldSucceed();
    }
}
