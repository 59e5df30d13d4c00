using IamPortal.Application.Credentials;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IamPortal.Web.Features.Credentials;

/// <summary>Resynchronises an MFA device with two consecutive codes, errors at the fields.</summary>
public partial class MfaResyncDialog
{
    private string? _code1, _code2, _error;
    private bool _busy;
    private IReadOnlyDictionary<string, string> _errors = new Dictionary<string, string>();

    [CascadingParameter] private IMudDialogInstance MudDialog { get; set; } = default!;
    [Parameter, EditorRequired] public required string UserName { get; set; }
    [Parameter, EditorRequired] public required string SerialNumber { get; set; }
    [Inject] private IMfaService Mfa { get; set; } = default!;

    public static async Task<bool> ShowAsync(IDialogService dialogs, string userName, string serialNumber)
    {
        var parameters = new DialogParameters<MfaResyncDialog> { { d => d.UserName, userName }, { d => d.SerialNumber, serialNumber } };
        var dialog = await dialogs.ShowAsync<MfaResyncDialog>("Resync MFA device", parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        return (await dialog.Result) is { Canceled: false };
    }

    private async Task SubmitAsync()
    {
        _busy = true;
        var result = await Mfa.ResyncAsync(UserName, SerialNumber, _code1 ?? "", _code2 ?? "");
        (_errors, _error, _busy) = (result.Errors, result.Error, false);
        if (result.Succeeded) MudDialog.Close(DialogResult.Ok(true));
    }
}
