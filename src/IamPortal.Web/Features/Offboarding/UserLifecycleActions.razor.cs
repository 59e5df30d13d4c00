using IamPortal.Application.Commands;
using IamPortal.Web.Components.Jobs;
using IamPortal.Application.Jobs;
using IamPortal.Application.Offboarding;
using IamPortal.Application.Operators;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using IamPortal.Application.Iam;

namespace IamPortal.Web.Features.Offboarding;

/// <summary>
/// Quarantine, Release from quarantine and Offboard for one user (for the user's page). Shown only to operators who may
/// manage users; the services check again. Raises <see cref="Changed"/> after a quarantine or release so the host page reloads.
/// </summary>
public partial class UserLifecycleActions
{
    private QuarantineStatus? _status;
    private Job? _job;
    private readonly CommandState _command = new();
    private string? _note;
    private bool _canManage;

    [Parameter, EditorRequired] public required string UserName { get; set; }
    [Parameter] public EventCallback Changed { get; set; }

    [Inject] private IQuarantineService Quarantine { get; set; } = default!;
    [Inject] private IOperatorContext OperatorContext { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _canManage = OperatorContext.Can(Permission.ManageUsers);
        if (_canManage && !string.Equals(_status?.UserName, UserName, StringComparison.Ordinal)) await LoadStatusAsync();
    }

    private async Task LoadStatusAsync()
    {
        var read = await CommandResult.CaptureAsync(() => Quarantine.GetStatusAsync(UserName));
        if (read.Succeeded) _status = read.Value;
        else _command.Error = read.Error;
    }

    private async Task QuarantineAsync()
    {
        var dialog = await Dialogs.ShowAsync<QuarantineDialog>($"Quarantine {UserName}?",
            new DialogParameters<QuarantineDialog>
            {
                { d => d.UserNames, new[] { UserName } }, { d => d.Title, $"Quarantine {UserName}?" }, { d => d.ConfirmText, $"Quarantine {UserName}" },
            },
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        if (await dialog.Result is not { Canceled: false, Data: string reason }) return;
        await RunAsync(() => Quarantine.QuarantineAsync(UserName, reason), $"{UserName} is quarantined.");
    }

    private async Task ReleaseAsync()
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync($"Release {UserName} from quarantine?",
            "This reactivates the access keys the quarantine deactivated, removes the deny-all policy and the quarantine tags. " +
            "The console password cannot be restored: set a new one from the user's page if they need the console.",
            yesText: "Release", cancelText: "Cancel");
        if (confirmed != true) return;
        await RunAsync(() => Quarantine.ReleaseAsync(UserName), $"{UserName} is released from quarantine.");
    }

    private async Task RunAsync(Func<Task<CommandResult<JobRun>>> command, string success)
    {
        (_note, _job) = (null, null);
        var result = await _command.RunAsync(command);
        (_job, _note) = (result.Value?.Job, result.Value?.Note);
        if (result.Succeeded) Snackbar.Add(success, Severity.Success);
        // A job that stopped shows in the panel below; a refusal (a conflict, an invalid reason) shows as the error.
        var error = result.Value is not null ? null : result.Error ?? string.Join(" ", result.Errors.Values);
        _command.Clear();
        await LoadStatusAsync();
        _command.Error ??= error;
        await Changed.InvokeAsync();
    }
}
