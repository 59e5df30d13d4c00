using IamPortal.Application.Commands;
using IamPortal.Application.Credentials;
using IamPortal.Application.Operators;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IamPortal.Web.Features.Credentials;

/// <summary>
/// What every credential card on the user page shares: the user, the change callback, the ManageUsers gate for its
/// controls, and running a command so that a refusal or an IAM error becomes a message (never an exception).
/// </summary>
public abstract class CredentialsComponentBase : ComponentBase
{
    protected string? Error { get; set; }
    protected bool Busy { get; private set; }
    /// <summary>Field → message of the last refused command.</summary>
    protected IReadOnlyDictionary<string, string> FieldErrors { get; set; } = new Dictionary<string, string>();
    /// <summary>True when the component shows <see cref="FieldErrors"/> at its fields; otherwise they go in <see cref="Error"/>.</summary>
    protected virtual bool ShowsFieldErrors => false;

    [Parameter] public string UserName { get; set; } = "";
    /// <summary>Raised after a change so the page reloads the user.</summary>
    [Parameter] public EventCallback OnChanged { get; set; }

    [Inject] protected IOperatorContext Operator { get; set; } = default!;
    [Inject] protected IDialogService Dialogs { get; set; } = default!;
    [Inject] protected ISnackbar Snackbar { get; set; } = default!;

    protected bool CanManage => UserName.Length > 0 && Operator.Can(Permission.ManageUsers);

    /// <summary>Runs a command; on refusal or IAM error (returned, or thrown by a read inside it) shows the message and returns null.</summary>
    protected async Task<T?> RunAsync<T>(Func<Task<T>> command) where T : CommandResult
    {
        (Busy, Error, FieldErrors) = (true, null, new Dictionary<string, string>());
        // The command's own result, or (when a read inside it threw) the captured failure.
        var captured = await CommandResult.CaptureAsync(command);
        CommandResult result = captured.Value is { } own ? own : captured;
        Busy = false;
        if (result.Succeeded) return captured.Value;
        FieldErrors = result.Errors;
        Error = result.Error ?? (ShowsFieldErrors ? null : string.Join(" ", result.Errors.Values));
        return null;
    }

    /// <summary>A success message, then the page reloads.</summary>
    protected async Task DoneAsync(string message)
    {
        Snackbar.Add(message, Severity.Success);
        await OnChanged.InvokeAsync();
    }

    protected Task<bool?> ConfirmAsync(string title, string message, string yesText) =>
        Dialogs.ShowMessageBoxAsync(title, message, yesText: yesText, cancelText: "Cancel");
}
