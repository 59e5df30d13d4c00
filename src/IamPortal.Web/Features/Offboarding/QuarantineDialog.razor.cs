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

    /// <summary>The service's own rules, at the field: a reason, and at most its length (the cap sits a little over it).</summary>
    private string? ReasonError =>
        _reason is null ? null
        : Reason.Length == 0 ? "Say why."
        : _reason.Trim().Length > QuarantineService.MaxReasonLength ? $"The reason can be at most {QuarantineService.MaxReasonLength} characters."
        : null;

    private void Confirm() => Dialog.Close(DialogResult.Ok(AskReason ? Reason : ""));

    private void Cancel() => Dialog.Cancel();
}
