using IamPortal.Application.Commands;
using IamPortal.Application.Credentials;
using IamPortal.Application.Iam;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IamPortal.Web.Features.Credentials;

/// <summary>Enable or reset a console password: generated or typed (checked against the live policy at the field), must-change.</summary>
public partial class ConsolePasswordDialog
{
    private bool _generate = true;
    private bool _mustChange = true;
    private string? _password;
    private string? _policyHint;
    private string? _error;
    private bool _busy;
    private IReadOnlyDictionary<string, string> _errors = new Dictionary<string, string>();

    [CascadingParameter] private IMudDialogInstance MudDialog { get; set; } = default!;
    [Parameter, EditorRequired] public required string UserName { get; set; }
    [Parameter] public bool Reset { get; set; }

    [Inject] private IConsoleAccessService Console { get; set; } = default!;

    /// <summary>Opens the dialog; the issued password (to show once), or null when cancelled.</summary>
    public static async Task<ConsolePasswordIssued?> ShowAsync(IDialogService dialogs, string userName, bool reset)
    {
        var parameters = new DialogParameters<ConsolePasswordDialog> { { d => d.UserName, userName }, { d => d.Reset, reset } };
        var dialog = await dialogs.ShowAsync<ConsolePasswordDialog>(reset ? "Reset password" : "Enable console access", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        var result = await dialog.Result;
        return result is { Canceled: false, Data: ConsolePasswordIssued issued } ? issued : null;
    }

    protected override async Task OnInitializedAsync()
    {
        var policy = await CommandResult.CaptureAsync(() => Console.GetPasswordPolicyAsync());
        _policyHint = policy.Succeeded ? Describe(policy.Value) : "The password policy could not be read; IAM checks it.";
    }

    private static string Describe(IamPasswordPolicy? policy)
    {
        var p = policy ?? new IamPasswordPolicy();
        var parts = new List<string> { $"at least {p.MinimumPasswordLength} characters" };
        if (p.RequireUppercaseCharacters) parts.Add("an upper-case letter");
        if (p.RequireLowercaseCharacters) parts.Add("a lower-case letter");
        if (p.RequireNumbers) parts.Add("a number");
        if (p.RequireSymbols) parts.Add("a symbol");
        return "Account policy: " + string.Join(", ", parts) + ".";
    }

    private string? ErrorAt(string field) => _errors.GetValueOrDefault(field);

    private void GenerateChanged(bool generate)
    {
        _generate = generate;
        _errors = new Dictionary<string, string>();
    }

    private async Task SubmitAsync()
    {
        (_busy, _error) = (true, null);
        var request = new ConsolePasswordRequest(UserName, _generate ? null : _password ?? "", _mustChange);
        var result = await CommandResult.CaptureAsync(() => Reset ? Console.ResetAsync(request) : Console.EnableAsync(request));
        (_errors, _error, _busy) = (result.Errors, result.Error, false);
        if (result.Succeeded) MudDialog.Close(DialogResult.Ok(result.Value!));
    }
}
