using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IamPortal.Web.Features.Offboarding;

/// <summary>Confirms an offboarding by having the operator type the user name.</summary>
public partial class OffboardConfirmDialog
{
    private string? _typed;

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = default!;
    [Parameter, EditorRequired] public required string UserName { get; set; }
    [Parameter] public int StepCount { get; set; }
    [Parameter] public bool QuarantineFirst { get; set; }

    /// <summary>The exact name (IAM names are case-insensitive, but typing it exactly proves the operator read it).</summary>
    private bool Matches => string.Equals(_typed?.Trim(), UserName, StringComparison.Ordinal);

    private void Confirm()
    {
        if (Matches) Dialog.Close(DialogResult.Ok(true));
    }

    private void Cancel() => Dialog.Cancel();
}
