using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IamPortal.Web.Features.Offboarding;

/// <summary>Lists the users a bulk action will change; destructive actions also ask for a word to be typed.</summary>
public partial class BulkConfirmDialog
{
    private string? _typed;

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = default!;
    [Parameter, EditorRequired] public required IReadOnlyList<string> UserNames { get; set; }
    [Parameter] public string Title { get; set; } = "Confirm";
    [Parameter] public string Description { get; set; } = "";
    [Parameter] public string ConfirmText { get; set; } = "Confirm";
    [Parameter] public Color ConfirmColor { get; set; } = Color.Primary;
    /// <summary>When set, the operator must type this word before confirming.</summary>
    [Parameter] public string? ConfirmWord { get; set; }

    private bool Matches => ConfirmWord is null || string.Equals(_typed?.Trim(), ConfirmWord, StringComparison.Ordinal);

    private void Confirm()
    {
        if (Matches) Dialog.Close(DialogResult.Ok(""));
    }

    private void Cancel() => Dialog.Cancel();
}
