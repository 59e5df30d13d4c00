using IamPortal.Application.Credentials;
using IamPortal.Application.Iam;
using Microsoft.AspNetCore.Components;

namespace IamPortal.Web.Features.Credentials;

/// <summary>The user's MFA devices (virtual or hardware, enable date): assign a virtual device, resync, deactivate (confirmed).</summary>
public partial class UserMfaDevicesTable
{
    [Parameter, EditorRequired] public required IReadOnlyList<IamMfaDevice> Devices { get; set; }

    [Inject] private IMfaService Mfa { get; set; } = default!;

    private async Task AssignAsync()
    {
        if (await AssignVirtualMfaDialog.ShowAsync(Dialogs, UserName)) await DoneAsync($"A virtual MFA device is now assigned to {UserName}.");
    }

    private async Task ResyncAsync(IamMfaDevice device)
    {
        if (await MfaResyncDialog.ShowAsync(Dialogs, UserName, device.SerialNumber)) await DoneAsync("The MFA device was resynchronised.");
    }

    private async Task DeactivateAsync(IamMfaDevice device)
    {
        var isVirtual = CredentialFields.IsVirtualMfa(device.SerialNumber);
        if (await ConfirmAsync($"Deactivate MFA device {device.SerialNumber}?",
                $"{UserName} will no longer be asked for codes from this device." + (isVirtual ? " The virtual device is deleted too." : ""),
                "Deactivate") != true) return;
        if (await RunAsync(() => Mfa.DeactivateAsync(UserName, device.SerialNumber)) is null) return;
        await DoneAsync($"The MFA device of {UserName} was deactivated.");
    }
}
