using IamPortal.Application.Audit;
using IamPortal.Application.Accounts;
using IamPortal.Application.Iam;

namespace IamPortal.Application.Credentials;

public interface IMfaService
{
    /// <summary>CreateVirtualMFADevice for the user; nothing is assigned until <see cref="CompleteVirtualEnrolmentAsync"/>.</summary>
    Task<CredentialResult<VirtualMfaEnrolment>> BeginVirtualEnrolmentAsync(string userName, CancellationToken ct = default);
    /// <summary>EnableMFADevice with two consecutive codes. If IAM refuses, the unassigned device is deleted: start again.</summary>
    Task<CredentialResult> CompleteVirtualEnrolmentAsync(string userName, string serialNumber, string code1, string code2, CancellationToken ct = default);
    /// <summary>Deletes the unassigned device of an enrolment the operator abandoned.</summary>
    Task<CredentialResult> CancelVirtualEnrolmentAsync(string userName, string serialNumber, CancellationToken ct = default);
    /// <summary>Deactivates the device (and deletes it when virtual).</summary>
    Task<CredentialResult> DeactivateAsync(string userName, string serialNumber, CancellationToken ct = default);
    Task<CredentialResult> ResyncAsync(string userName, string serialNumber, string code1, string code2, CancellationToken ct = default);
}
