using IamPortal.Application.Commands;
using IamPortal.Application.Reviews;
using IamPortal.Web.Components.Jobs;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IamPortal.Web.Features.Reviews;

/// <summary>
/// Approve / Revoke / Don't know for one or many items with a justification; the service says when one is required
/// (the message shows at the field). Closes with the items as decided.
/// </summary>
public partial class DecisionDialog
{
    private string? _justification;
    private string? _error;
    private readonly CommandState _command = new();

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = default!;
    [Parameter, EditorRequired] public required Guid CampaignId { get; set; }
    [Parameter, EditorRequired] public required IReadOnlyList<ReviewItem> Items { get; set; }
    [Parameter, EditorRequired] public required ReviewVerdict Verdict { get; set; }
    [Parameter] public bool JustificationRequired { get; set; }
    [Inject] private IReviewDecisionService Decisions { get; set; } = default!;

    private string Title => Items.Count == 1
        ? $"{ReviewDisplay.WordOf(Verdict)}: {Items[0].UserName} in {Items[0].GroupName}"
        : $"{ReviewDisplay.WordOf(Verdict)}: {Items.Count} memberships";

    private string Explanation => Verdict switch
    {
        ReviewVerdict.Approve => "The member keeps the group's access.",
        ReviewVerdict.Revoke => "The member is removed from the group when the campaign's decisions are applied.",
        _ => "The member keeps access for now; your answer is recorded as \"don't know\".",
    } + " You can change the decision until the campaign ends.";

    private string ItemsText => string.Join(", ", Items.Take(10).Select(i => $"{i.UserName} in {i.GroupName}")) + (Items.Count > 10 ? $" and {Items.Count - 10} more" : "");

    private async Task SubmitAsync()
    {
        _error = null;
        if (JustificationRequired && string.IsNullOrWhiteSpace(_justification))
        {
            _error = $"A justification is required to {Verdict.ToString().ToLowerInvariant()}.";
            return;
        }
        var requests = Items.Select(i => new DecisionRequest(i.Id, Verdict, _justification?.Trim())).ToList();
        var result = await _command.RunAsync(() => Decisions.DecideAsync(CampaignId, requests));
        _error = _command.ErrorAt(CampaignFields.Justification);
        if (result is { Succeeded: true, Value: { } decided }) Dialog.Close(DialogResult.Ok(decided));
    }

    private void Cancel() => Dialog.Cancel();
}
