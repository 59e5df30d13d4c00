using IamPortal.Application.Accounts;
using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Iam;

namespace IamPortal.Application.Credentials;

public interface IMfaService
{
    /// <summary>CreateVirtualMFADevice for the user; nothing is assigned until <see cref="CompleteVirtualEnrolmentAsync"/>.</summary>
    Task<CommandResult<VirtualMfaEnrolment>> BeginVirtualEnrolmentAsync(string userName, CancellationToken ct = default);
    /// <summary>EnableMFADevice with two consecutive codes. If IAM refuses, the unassigned device is deleted: start again.</summary>
    Task<CommandResult> CompleteVirtualEnrolmentAsync(string userName, string serialNumber, string code1, string code2, CancellationToken ct = default);
    /// <summary>Deletes the unassigned device of an enrolment the operator abandoned.</summary>
    Task<CommandResult> CancelVirtualEnrolmentAsync(string userName, string serialNumber, CancellationToken ct = default);
    /// <summary>Deactivates the device (and deletes it when virtual).</summary>
    Task<CommandResult> DeactivateAsync(string userName, string serialNumber, CancellationToken ct = default);
    Task<CommandResult> ResyncAsync(string userName, string serialNumber, string code1, string code2, CancellationToken ct = default);
}
