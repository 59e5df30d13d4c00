using IamPortal.Application.Iam;
using Microsoft.AspNetCore.Components;

namespace IamPortal.Web.Features.Credentials;

/// <summary>Console access of one user: enable or reset a password (shown once), disable (confirmed).</summary>
public partial class ConsoleAccessCard
{
    [Parameter] public IamLoginProfile? LoginProfile { get; set; }
    [Parameter] public DateTimeOffset? PasswordLastUsed { get; set; }
    /// <summary>The guardrail requires MFA for console users and the user has none.</summary>
    [Parameter] public bool MfaMissing { get; set; }

    [Inject] private Application.Credentials.IConsoleAccessService Console { get; set; } = default!;

    private async Task OpenAsync(bool reset)
    {
        var issued = await ConsolePasswordDialog.ShowAsync(Dialogs, UserName, reset);
        if (issued is null) return;
        await SecretOnceDialog.ShowAsync(Dialogs, $"Console password for {UserName}",
            new SecretOnceDialog.SecretItem("Password", issued.Password, "console-password"));
        await DoneAsync(reset ? $"The password of {UserName} was reset." : $"Console access enabled for {UserName}.");
    }

    private async Task DisableAsync()
    {
        if (await ConfirmAsync($"Disable console access for {UserName}?",
                "The console password is deleted and the user can no longer sign in to the AWS console. Access keys are not affected.",
                "Disable") != true) return;
        if (await RunAsync(() => Console.DisableAsync(UserName)) is null) return;
        await DoneAsync($"Console access disabled for {UserName}.");
    }
}
