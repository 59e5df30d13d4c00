using IamPortal.Application.Offboarding;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IamPortal.Web.Features.Offboarding;

/// <summary>Confirms a quarantine of one or more users and asks why (the reason becomes a tag, sanitised to IAM's tag rules).</summary>
public partial class QuarantineDialog
{
    private string? _reason;

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = default!;
    [Parameter, EditorRequired] public required IReadOnlyList<string> UserNames { get; set; }
    [Parameter] public string Title { get; set; } = "Quarantine";
    [Parameter] public string ConfirmText { get; set; } = "Quarantine";
    [Parameter] public bool AskReason { get; set; } = true;

    private string Reason => QuarantinePolicy.SanitiseTagValue(_reason);

    private void Confirm() => Dialog.Close(DialogResult.Ok(AskReason ? Reason : ""));

    private void Cancel() => Dialog.Cancel();
}
