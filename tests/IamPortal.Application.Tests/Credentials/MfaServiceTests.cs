using IamPortal.Application.Audit;
using IamPortal.Application.Credentials;
using IamPortal.Application.Iam;
using IamPortal.Application.Tests.Fakes;

namespace IamPortal.Application.Tests.Credentials;

public class MfaServiceTests
{
    private const string Serial = "arn:aws:iam::123456789012:mfa/alice-20261128120000";

    private static CredentialsHarness Create()
    {
        var h = new CredentialsHarness();
        h.Iam.Configure().GetUserAsync(default!).ReturnsForAnyArgs(a => new IamUser((string)a[0]!, "AIDA1", "arn", "/", Sample.Now));
        h.Iam.Configure().CreateVirtualMfaDeviceAsync(default!).ReturnsForAnyArgs(_ => new IamNewVirtualMfaDevice(Serial, "JBSWY3DPEHPK3PXP", []));
        h.Iam.Configure().EnableMfaDeviceAsync(default!, default!, default!, default!).ReturnsForAnyArgs(Task.CompletedTask);
        h.Iam.Configure().DeleteVirtualMfaDeviceAsync(default!).ReturnsForAnyArgs(Task.CompletedTask);
        h.Iam.Configure().DeactivateMfaDeviceAsync(default!, default!).ReturnsForAnyArgs(Task.CompletedTask);
        return h;
    }

    [Fact]
    public async Task BeginVirtualEnrolmentAsync_User_ReturnsSeedAndOtpAuthUri()
    {
        var h = Create();

        var result = await h.Mfa.BeginVirtualEnrolmentAsync("alice");

        result.Value!.SerialNumber.Should().Be(Serial);
        result.Value.OtpAuthUri.Should().Be("otpauth://totp/test:alice?secret=JBSWY3DPEHPK3PXP&issuer=Amazon%20Web%20Services");
        h.Audit.Entries.Should().NotContain(e => e.Record.ParametersJson.Contains("JBSWY3DPEHPK3PXP"));
        h.Outcomes("Mfa.CreateVirtualDevice").Should().Equal(AuditOutcomes.Success);
    }

    [Fact]
    public async Task BeginVirtualEnrolmentAsync_UnknownUser_CreatesNoDevice()
    {
        var h = Create();
        h.Iam.Configure().GetUserAsync(default!).ThrowsAsyncForAnyArgs(new NoSuchEntityException("The user with name ghost cannot be found."));

        var result = await h.Mfa.BeginVirtualEnrolmentAsync("ghost");

        result.Succeeded.Should().BeFalse();
        _ = h.Iam.DidNotReceiveWithAnyArgs().CreateVirtualMfaDeviceAsync(default!);
    }

    [Theory]
    [InlineData("12345", "654321", CredentialFields.Code1)]
    [InlineData("123456", "12a456", CredentialFields.Code2)]
    [InlineData("123456", "123456", CredentialFields.Code2)]
    public async Task CompleteVirtualEnrolmentAsync_BadCodes_RefusedAtFieldAndDeviceKept(string code1, string code2, string field)
    {
        var h = Create();

        var result = await h.Mfa.CompleteVirtualEnrolmentAsync("alice", Serial, code1, code2);

        result.Errors.Should().ContainKey(field);
        _ = h.Iam.DidNotReceiveWithAnyArgs().EnableMfaDeviceAsync(default!, default!, default!, default!);
        _ = h.Iam.DidNotReceiveWithAnyArgs().DeleteVirtualMfaDeviceAsync(default!);
        h.Outcomes("Mfa.Enable").Should().Equal(AuditOutcomes.Invalid);
    }

    [Fact]
    public async Task CompleteVirtualEnrolmentAsync_IamRefusesCodes_DeletesTheUnassignedDevice()
    {
        var h = Create();
        h.Iam.Configure().EnableMfaDeviceAsync(default!, default!, default!, default!).ThrowsAsyncForAnyArgs(new IamException("InvalidAuthenticationCode", "Authentication code for device is not valid."));

        var result = await h.Mfa.CompleteVirtualEnrolmentAsync("alice", Serial, "123456", "654321");

        result.Error.Should().Contain("MFA codes were not accepted").And.Contain("start the assignment again");
        _ = h.Iam.ReceivedWithAnyArgs(1).DeleteVirtualMfaDeviceAsync(default!);
        h.Outcomes("Mfa.Enable").Should().Equal("InvalidAuthenticationCode");
        h.Outcomes("Mfa.DeleteVirtualDevice").Should().Equal(AuditOutcomes.Success);
    }

    [Fact]
    public async Task DeactivateAsync_VirtualDevice_DeactivatesThenDeletes()
    {
        var h = Create();

        var result = await h.Mfa.DeactivateAsync("alice", Serial);

        result.Succeeded.Should().BeTrue();
        h.Iam.CallNames().Should().ContainInOrder("DeactivateMfaDeviceAsync", "DeleteVirtualMfaDeviceAsync");
    }

    [Fact]
    public async Task DeactivateAsync_HardwareDevice_OnlyDeactivates()
    {
        var h = Create();

        var result = await h.Mfa.DeactivateAsync("alice", "GAHT12345678");

        result.Succeeded.Should().BeTrue();
        _ = h.Iam.DidNotReceiveWithAnyArgs().DeleteVirtualMfaDeviceAsync(default!);
    }
}
