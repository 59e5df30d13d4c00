using IamPortal.Application.Iam;
using OtpNet;

namespace IamPortal.Infrastructure.Tests.Aws;

public sealed class IamMfaApiTests(IamTargetFixture target) : IClassFixture<IamTargetFixture>
{
    private readonly IIamClient _iam = target.Client();

    /// <summary>Two consecutive TOTP codes: the previous 30-second window and the current one.</summary>
    private static (string Code1, string Code2) Codes(string base32Seed, DateTime now)
    {
        var totp = new Totp(Base32Encoding.ToBytes(base32Seed));
        return (totp.ComputeTotp(now.AddSeconds(-30)), totp.ComputeTotp(now));
    }

    [Fact]
    public async Task VirtualMfa_CreateEnableResyncDeactivateDelete_ListsFollow()
    {
        var user = TestNames.Unique("user");
        var deviceName = TestNames.Unique("mfa");
        string? serial = null;
        try
        {
            await _iam.CreateUserAsync(user);
            var device = await _iam.CreateVirtualMfaDeviceAsync(deviceName);
            serial = device.SerialNumber;
            var unassigned = await _iam.ListVirtualMfaDevicesAsync(MfaAssignmentStatus.Unassigned);

            var (code1, code2) = Codes(device.Base32StringSeed, DateTime.UtcNow);
            await _iam.EnableMfaDeviceAsync(user, serial, code1, code2);
            var userDevices = await _iam.ListMfaDevicesAsync(user);
            var assigned = await _iam.ListVirtualMfaDevicesAsync(MfaAssignmentStatus.Assigned);
            var (resync1, resync2) = Codes(device.Base32StringSeed, DateTime.UtcNow);
            await _iam.ResyncMfaDeviceAsync(user, serial, resync1, resync2);
            await _iam.DeactivateMfaDeviceAsync(user, serial);
            await _iam.DeleteVirtualMfaDeviceAsync(serial);
            var afterDelete = await _iam.ListVirtualMfaDevicesAsync();

            serial.Should().EndWith($":mfa/{deviceName}");
            device.Base32StringSeed.Should().MatchRegex("^[A-Z2-7]+=*$");
            device.QrCodePng.Take(4).Should().Equal(0x89, 0x50, 0x4E, 0x47);
            device.ToString().Should().NotContain(device.Base32StringSeed);
            unassigned.Should().Contain(d => d.SerialNumber == serial && d.UserName == null);
            userDevices.Should().ContainSingle().Which.SerialNumber.Should().Be(serial);
            assigned.Should().Contain(d => d.SerialNumber == serial && d.UserName == user && d.EnableDate != null);
            afterDelete.Should().NotContain(d => d.SerialNumber == serial);
            serial = null;
        }
        finally
        {
            await IamCleanup.DeleteUserAsync(_iam, user);
            if (serial is not null) await IamCleanupExtensions.TryAsync(() => _iam.DeleteVirtualMfaDeviceAsync(serial));
        }
    }

    [Fact]
    public async Task EnableMfaDeviceAsync_WrongCodes_ThrowsInvalidAuthenticationCode()
    {
        var user = TestNames.Unique("user");
        var device = await _iam.CreateVirtualMfaDeviceAsync(TestNames.Unique("mfa"));
        try
        {
            await _iam.CreateUserAsync(user);
            var (code1, code2) = Codes(device.Base32StringSeed, DateTime.UtcNow.AddHours(-3));

            var act = () => _iam.EnableMfaDeviceAsync(user, device.SerialNumber, code1, code2);

            (await act.Should().ThrowAsync<IamException>()).Which.Code.Should().Be("InvalidAuthenticationCode");
        }
        finally
        {
            await IamCleanup.DeleteUserAsync(_iam, user);
            await IamCleanupExtensions.TryAsync(() => _iam.DeleteVirtualMfaDeviceAsync(device.SerialNumber));
        }
    }

    [Fact]
    public async Task CreateVirtualMfaDeviceAsync_SameNameTwice_ThrowsEntityAlreadyExists()
    {
        var name = TestNames.Unique("mfa");
        var device = await _iam.CreateVirtualMfaDeviceAsync(name);
        try
        {
            await FluentActions.Awaiting(() => _iam.CreateVirtualMfaDeviceAsync(name)).Should().ThrowAsync<EntityAlreadyExistsException>();
        }
        finally
        {
            await IamCleanupExtensions.TryAsync(() => _iam.DeleteVirtualMfaDeviceAsync(device.SerialNumber));
        }
    }

    [Fact]
    public async Task DeleteVirtualMfaDeviceAsync_WhileAssigned_ThrowsDeleteConflict()
    {
        var user = TestNames.Unique("user");
        var device = await _iam.CreateVirtualMfaDeviceAsync(TestNames.Unique("mfa"));
        try
        {
            await _iam.CreateUserAsync(user);
            var (code1, code2) = Codes(device.Base32StringSeed, DateTime.UtcNow);
            await _iam.EnableMfaDeviceAsync(user, device.SerialNumber, code1, code2);

            await FluentActions.Awaiting(() => _iam.DeleteVirtualMfaDeviceAsync(device.SerialNumber)).Should().ThrowAsync<DeleteConflictException>();
        }
        finally
        {
            await IamCleanup.DeleteUserAsync(_iam, user);
            await IamCleanupExtensions.TryAsync(() => _iam.DeleteVirtualMfaDeviceAsync(device.SerialNumber));
        }
    }

    [Fact]
    public async Task DeactivateMfaDeviceAsync_UnknownDevice_ThrowsNoSuchEntity()
    {
        var user = TestNames.Unique("user");
        try
        {
            await _iam.CreateUserAsync(user);

            await FluentActions.Awaiting(() => _iam.DeactivateMfaDeviceAsync(user, "arn:aws:iam::123456789012:mfa/itest-none"))
                .Should().ThrowAsync<NoSuchEntityException>();
        }
        finally
        {
            await IamCleanup.DeleteUserAsync(_iam, user);
        }
    }

    [Fact]
    public async Task ListMfaDevicesAsync_UnknownUser_ThrowsNoSuchEntity()
    {
        await FluentActions.Awaiting(() => _iam.ListMfaDevicesAsync(TestNames.Unique("missing"))).Should().ThrowAsync<NoSuchEntityException>();
    }
}
