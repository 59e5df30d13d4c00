using IamPortal.Application.Iam;

namespace IamPortal.Infrastructure.Aws;

internal sealed partial class IamQueryClient
{
    public Task<IReadOnlyList<IamMfaDevice>> ListMfaDevicesAsync(string userName, CancellationToken ct = default) =>
        ListAllAsync(Q("ListMFADevices").Add("UserName", userName), "MFADevices", IamResponseMapper.MfaDevice, ct);

    public Task<IReadOnlyList<IamVirtualMfaDevice>> ListVirtualMfaDevicesAsync(MfaAssignmentStatus assignmentStatus = MfaAssignmentStatus.Any, CancellationToken ct = default) =>
        ListAllAsync(Q("ListVirtualMFADevices").Add("AssignmentStatus", assignmentStatus.ToString()),
            "VirtualMFADevices", IamResponseMapper.VirtualMfaDevice, ct);

    public async Task<IamNewVirtualMfaDevice> CreateVirtualMfaDeviceAsync(string deviceName, string? path = null, CancellationToken ct = default)
    {
        var query = Q("CreateVirtualMFADevice").Add("VirtualMFADeviceName", deviceName).Add("Path", path);
        var result = await CallAsync(query, ct).ConfigureAwait(false);
        return IamResponseMapper.NewVirtualMfaDevice(result.ReqChild("VirtualMFADevice"));
    }

    public Task EnableMfaDeviceAsync(string userName, string serialNumber, string code1, string code2, CancellationToken ct = default) =>
        SendAsync(Q("EnableMFADevice").Add("UserName", userName).Add("SerialNumber", serialNumber)
            .Add("AuthenticationCode1", code1).Add("AuthenticationCode2", code2), ct);

    public Task DeactivateMfaDeviceAsync(string userName, string serialNumber, CancellationToken ct = default) =>
        SendAsync(Q("DeactivateMFADevice").Add("UserName", userName).Add("SerialNumber", serialNumber), ct);

    public Task DeleteVirtualMfaDeviceAsync(string serialNumber, CancellationToken ct = default) =>
        SendAsync(Q("DeleteVirtualMFADevice").Add("SerialNumber", serialNumber), ct);

    public Task ResyncMfaDeviceAsync(string userName, string serialNumber, string code1, string code2, CancellationToken ct = default) =>
        SendAsync(Q("ResyncMFADevice").Add("UserName", userName).Add("SerialNumber", serialNumber)
            .Add("AuthenticationCode1", code1).Add("AuthenticationCode2", code2), ct);
}
