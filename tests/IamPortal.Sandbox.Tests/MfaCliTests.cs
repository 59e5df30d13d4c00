using IamPortal.Sandbox.Tests.Infrastructure;
using OtpNet;

namespace IamPortal.Sandbox.Tests;

public sealed class MfaCliTests(SandboxFixture fx) : IClassFixture<SandboxFixture>
{
    [SkippableFact]
    public async Task Virtual_mfa_device_is_enabled_with_two_consecutive_codes_and_must_be_deactivated_before_delete()
    {
        var aws = fx.Cli;
        (await aws.RunAsync("iam", "create-user", "--user-name", "mfa.user")).ShouldSucceed();
        var seedFile = Path.Combine(Path.GetTempPath(), $"sandbox-mfa-{Guid.NewGuid():N}.txt");
        try
        {
            var created = (await aws.RunAsync("iam", "create-virtual-mfa-device", "--virtual-mfa-device-name", "mfa.user",
                "--outfile", seedFile, "--bootstrap-method", "Base32StringSeed")).ShouldSucceed().Json;
            var serial = created.GetProperty("VirtualMFADevice").GetProperty("SerialNumber").GetString()!;
            serial.Should().Be("arn:aws:iam::123456789012:mfa/mfa.user");
            var seed = (await File.ReadAllTextAsync(seedFile)).Trim();
            seed.Should().MatchRegex("^[A-Z2-7]+=*$");

            var wrong = await aws.RunAsync("iam", "enable-mfa-device", "--user-name", "mfa.user", "--serial-number", serial,
                "--authentication-code1", "000000", "--authentication-code2", "000000");
            wrong.ErrorCode.Should().Be("InvalidAuthenticationCode");

            var totp = new Totp(Base32Encoding.ToBytes(seed));
            var now = DateTime.UtcNow;
            (await aws.RunAsync("iam", "enable-mfa-device", "--user-name", "mfa.user", "--serial-number", serial,
                "--authentication-code1", totp.ComputeTotp(now.AddSeconds(-30)), "--authentication-code2", totp.ComputeTotp(now))).ShouldSucceed();

            var devices = (await aws.RunAsync("iam", "list-mfa-devices", "--user-name", "mfa.user")).ShouldSucceed().Json;
            devices.GetProperty("MFADevices")[0].GetProperty("SerialNumber").GetString().Should().Be(serial);

            var conflict = await aws.RunAsync("iam", "delete-virtual-mfa-device", "--serial-number", serial);
            conflict.ErrorCode.Should().Be("DeleteConflict");

            (await aws.RunAsync("iam", "deactivate-mfa-device", "--user-name", "mfa.user", "--serial-number", serial)).ShouldSucceed();
            (await aws.RunAsync("iam", "delete-virtual-mfa-device", "--serial-number", serial)).ShouldSucceed();
            (await aws.RunAsync("iam", "delete-user", "--user-name", "mfa.user")).ShouldSucceed();
        }
        finally
        {
            File.Delete(seedFile);
        }
    }

    [SkippableFact]
    public async Task Create_virtual_mfa_device_returns_a_png_qr_code()
    {
        var png = Path.Combine(Path.GetTempPath(), $"sandbox-qr-{Guid.NewGuid():N}.png");
        try
        {
            (await fx.Cli.RunAsync("iam", "create-virtual-mfa-device", "--virtual-mfa-device-name", "qr-device",
                "--outfile", png, "--bootstrap-method", "QRCodePNG")).ShouldSucceed();
            var bytes = await File.ReadAllBytesAsync(png);
            bytes.Take(8).Should().Equal(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
            var unassigned = (await fx.Cli.RunAsync("iam", "list-virtual-mfa-devices", "--assignment-status", "Unassigned")).ShouldSucceed().Json;
            unassigned.GetProperty("VirtualMFADevices").EnumerateArray()
                .Select(d => d.GetProperty("SerialNumber").GetString()).Should().Contain("arn:aws:iam::123456789012:mfa/qr-device");
        }
        finally
        {
            File.Delete(png);
        }
    }
}
