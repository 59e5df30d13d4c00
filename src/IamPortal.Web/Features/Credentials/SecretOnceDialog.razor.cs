using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IamPortal.Web.Features.Credentials;

/// <summary>Shows secrets (a secret access key, a password) once, with copy buttons and a warning; dismissed explicitly.</summary>
public partial class SecretOnceDialog
{
    /// <summary>One value to show once, with its label and a test id.</summary>
    public sealed record SecretItem(string Label, string Value, string TestId);

    [CascadingParameter] private IMudDialogInstance MudDialog { get; set; } = default!;

    [Parameter, EditorRequired] public required string Heading { get; set; }
    [Parameter, EditorRequired] public required IReadOnlyList<SecretItem> Items { get; set; }

    /// <summary>Shows the secrets in a dialog that must be dismissed explicitly.</summary>
    public static async Task ShowAsync(IDialogService dialogs, string heading, params SecretItem[] items)
    {
        var parameters = new DialogParameters<SecretOnceDialog> { { d => d.Heading, heading }, { d => d.Items, items } };
        var options = new DialogOptions { BackdropClick = false, CloseOnEscapeKey = false, MaxWidth = MaxWidth.Medium, FullWidth = true };
        var dialog = await dialogs.ShowAsync<SecretOnceDialog>(heading, parameters, options);
        await dialog.Result;
    }
}
