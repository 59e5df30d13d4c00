namespace IamPortal.Application.Iam;

/// <summary>MFA devices: virtual and hardware.</summary>
public interface IIamMfaApi
{
    Task<IReadOnlyList<IamMfaDevice>> ListMfaDevicesAsync(string userName, CancellationToken ct = default);
    Task<IReadOnlyList<IamVirtualMfaDevice>> ListVirtualMfaDevicesAsync(MfaAssignmentStatus assignmentStatus = MfaAssignmentStatus.Any, CancellationToken ct = default);
    Task<IamNewVirtualMfaDevice> CreateVirtualMfaDeviceAsync(string deviceName, string? path = null, CancellationToken ct = default);
    Task EnableMfaDeviceAsync(string userName, string serialNumber, string code1, string code2, CancellationToken ct = default);
    Task DeactivateMfaDeviceAsync(string userName, string serialNumber, CancellationToken ct = default);
    Task DeleteVirtualMfaDeviceAsync(string serialNumber, CancellationToken ct = default);
    Task ResyncMfaDeviceAsync(string userName, string serialNumber, string code1, string code2, CancellationToken ct = default);
}
