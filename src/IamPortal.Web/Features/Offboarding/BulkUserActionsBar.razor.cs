using IamPortal.Application.Commands;
using IamPortal.Web.Components.Jobs;
using IamPortal.Application.Offboarding;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using IamPortal.Application.Iam;

namespace IamPortal.Web.Features.Offboarding;

/// <summary>
/// The users list's bulk toolbar: Deactivate keys, Disable console access, Quarantine or Offboard the selected users,
/// each confirmed in a dialog listing them; a progress bar while it runs and a result per user afterwards.
/// </summary>
public partial class BulkUserActionsBar
{
    private string? _error;

    [Parameter, EditorRequired] public required IReadOnlyList<string> SelectedUsers { get; set; }
    [Parameter, EditorRequired] public required BulkRunState State { get; set; }
    [Parameter] public EventCallback OnClearSelection { get; set; }
    /// <summary>Raised when a bulk action finished (the list reloads and clears its selection).</summary>
    [Parameter] public EventCallback OnCompleted { get; set; }
    /// <summary>Raised when the results are dismissed (the list hides the bar when nothing is selected).</summary>
    [Parameter] public EventCallback OnDismissed { get; set; }

    [Inject] private IBulkUserActions Bulk { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    private bool Disabled => State.Running || SelectedUsers.Count == 0;

    private async Task StartAsync(BulkUserAction action)
    {
        var users = SelectedUsers.ToList();
        if (users.Count == 0 || State.Running) return;
        var reason = await ConfirmAsync(action, users);
        if (reason is null) return;

        _error = null;
        State.Clear();
        (State.Action, State.Running, State.Progress) = (action, true, new BulkProgress(0, users.Count));
        var progress = new Progress<BulkProgress>(p =>
        {
            if (State.Running && p.Done >= (State.Progress?.Done ?? 0)) State.Progress = p;
            _ = InvokeAsync(StateHasChanged);
        });
        var result = await Bulk.RunAsync(action, users, reason, progress);
        State.Running = false;
        if (result.Value is { } results) (State.Results, State.Progress) = (results, new BulkProgress(results.Count, users.Count));
        _error = result.Error;
        await OnCompleted.InvokeAsync();
    }

    /// <summary>The confirmation dialog for the action; null when cancelled, otherwise the reason (empty when none is asked).</summary>
    private async Task<string?> ConfirmAsync(BulkUserAction action, IReadOnlyList<string> users)
    {
        var options = new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };
        IDialogReference dialog;
        if (action == BulkUserAction.Quarantine)
        {
            dialog = await Dialogs.ShowAsync<QuarantineDialog>($"Quarantine {BulkWording.Users(users.Count)}?",
                new DialogParameters<QuarantineDialog> 
                {
                    { d => d.UserNames, users }, { d => d.Title, $"Quarantine {BulkWording.Users(users.Count)}?" }, { d => d.ConfirmText, $"Quarantine {BulkWording.Users(users.Count)}" },
                }, options);
        }
        else
        {
            var (description, word, color) = action switch
            {
                BulkUserAction.DeactivateKeys => ($"Every active access key of {BulkWording.These(users.Count)} becomes inactive (reactivate from each user's page).", (string?)null, Color.Warning),
                BulkUserAction.DisableConsole => ($"The console password of {BulkWording.These(users.Count)} is deleted. It cannot be restored; a new one can be set later.", null, Color.Warning),
                _ => ("Each user is offboarded by a journaled job: every credential, policy and membership is removed, then the user is deleted. This cannot be undone.",
                    "offboard", Color.Error),
            };
            dialog = await Dialogs.ShowAsync<BulkConfirmDialog>(BulkWording.Question(action, users.Count),
                new DialogParameters<BulkConfirmDialog>
                {
                    { d => d.UserNames, users }, { d => d.Title, BulkWording.Question(action, users.Count) },
                    { d => d.Description, description }, { d => d.ConfirmWord, word }, { d => d.ConfirmColor, color },
                    { d => d.ConfirmText, $"{BulkRunState.LabelOf(action)} ({users.Count})" },
                }, options);
        }
        return await dialog.Result is { Canceled: false, Data: string reason } ? reason : null;
    }

    private Task Dismiss()
    {
        State.Clear();
        _error = null;
        return OnDismissed.InvokeAsync();
    }
}
