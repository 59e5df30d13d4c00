using IamPortal.Application.Credentials;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IamPortal.Web.Features.Credentials;

/// <summary>
/// Virtual MFA enrolment: creates the device, shows its QR code (rendered here with QRCoder) and seed once, takes two
/// consecutive codes. Cancelling, IAM refusing the codes, or the dialog going away with the circuit (a closed tab, a
/// lost connection, a sign-out) deletes the unassigned device: nothing is left orphaned.
/// </summary>
public partial class AssignVirtualMfaDialog : IAsyncDisposable
{
    private VirtualMfaEnrolment? _enrolment;
    private string? _qrDataUri;
    private string? _code1, _code2, _error;
    private bool _busy;
    private IReadOnlyDictionary<string, string> _errors = new Dictionary<string, string>();

    [CascadingParameter] private IMudDialogInstance MudDialog { get; set; } = default!;
    [Parameter, EditorRequired] public required string UserName { get; set; }
    [Inject] private IMfaService Mfa { get; set; } = default!;
    [Inject] private ILogger<AssignVirtualMfaDialog> Log { get; set; } = default!;

    /// <summary>True when a device was assigned.</summary>
    public static async Task<bool> ShowAsync(IDialogService dialogs, string userName)
    {
        var parameters = new DialogParameters<AssignVirtualMfaDialog> { { d => d.UserName, userName } };
        var options = new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, BackdropClick = false, CloseOnEscapeKey = false };
        var dialog = await dialogs.ShowAsync<AssignVirtualMfaDialog>("Assign virtual MFA device", parameters, options);
        return (await dialog.Result) is { Canceled: false };
    }

    protected override Task OnInitializedAsync() => BeginAsync();

    private async Task BeginAsync()
    {
        (_busy, _error, _errors, _code1, _code2) = (true, null, new Dictionary<string, string>(), null, null);
        try
        {
            var result = await Mfa.BeginVirtualEnrolmentAsync(UserName);
            _enrolment = result.Value;
            _qrDataUri = _enrolment is null ? null : MfaQrCode.ToPngDataUri(_enrolment.OtpAuthUri);
            _error = result.Error;
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task CompleteAsync()
    {
        if (_enrolment is null) return;
        _busy = true;
        try
        {
            var result = await Mfa.CompleteVirtualEnrolmentAsync(UserName, _enrolment.SerialNumber, _code1 ?? "", _code2 ?? "");
            (_errors, _error) = (result.Errors, result.Error);
            if (result.Succeeded)
            {
                _enrolment = null; // assigned: nothing left to clean up
                MudDialog.Close(DialogResult.Ok(true));
            }
            // IAM refused the codes: the service deleted the unassigned device, so a new QR code is needed.
            else if (result.Error is not null) (_enrolment, _qrDataUri) = (null, null);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task CancelAsync()
    {
        if (_enrolment is { } pending)
        {
            _busy = true;
            _enrolment = null;
            await Mfa.CancelVirtualEnrolmentAsync(UserName, pending.SerialNumber);
        }
        MudDialog.Cancel();
    }

    /// <summary>The dialog went away with an enrolment still pending: delete the device that nobody will ever enable.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_enrolment is not { } pending) return;
        _enrolment = null;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        // The circuit may be going away (its services disposed): whatever happens is logged, nothing is thrown at it.
        var cleanup = Mfa.CancelVirtualEnrolmentAsync(UserName, pending.SerialNumber, timeout.Token);
        await cleanup.ContinueWith(done =>
        {
            if (done.IsCompletedSuccessfully && done.Result.Succeeded) return;
            Log.LogWarning(done.Exception?.GetBaseException(), "Abandoned MFA enrolment for {UserName}: device {SerialNumber} not deleted: {Error}",
                UserName, pending.SerialNumber, done.IsCompletedSuccessfully ? done.Result.Error : done.IsCanceled ? "timed out" : "failed");
        }, TaskScheduler.Default);
    }
}
