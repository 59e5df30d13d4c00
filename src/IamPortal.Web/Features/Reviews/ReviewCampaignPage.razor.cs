using IamPortal.Application.Commands;
using IamPortal.Application.Reviews;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IamPortal.Web.Features.Reviews;

/// <summary>
/// One campaign for its reviewer: my items (team leads: only their own, as the service returns them), filters, one
/// or many decisions with a justification, "accept recommendations" for everything undecided, and my progress.
/// </summary>
public partial class ReviewCampaignPage
{
    private List<BreadcrumbItem> _breadcrumbs = [];
    private ReviewCampaign? _campaign;
    private IReadOnlyList<ReviewItem> _items = [];
    private IReadOnlyList<ReviewItem> _shown = [];
    private IReadOnlyList<string> _groups = [];
    private HashSet<ReviewItem> _selected = [];
    private ReviewFilter _filter = new();
    private string? _error;
    private string? _message;
    private bool _messageIsError;
    private bool _loading = true;
    private bool _busy;
    private bool _canDecide;

    [Parameter] public Guid CampaignId { get; set; }

    [Inject] private IReviewDecisionService Decisions { get; set; } = default!;
    [Inject] private IReviewCampaignService Campaigns { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    protected override Task OnParametersSetAsync()
    {
        _breadcrumbs = [new BreadcrumbItem("Access reviews", href: ReviewLinks.MyReviews, icon: Icons.Material.Filled.FactCheck)];
        return LoadAsync();
    }

    private async Task LoadAsync()
    {
        var summary = await CommandResult.CaptureAsync(() => Campaigns.GetSummaryAsync(CampaignId));
        _campaign = summary.Value?.Campaign;
        _error = summary.Error;
        if (_campaign is not null)
        {
            var items = await CommandResult.CaptureAsync(() => Decisions.MyItemsAsync(CampaignId));
            _error = items.Error;
            Show(items.Value ?? []);
        }
        _canDecide = _campaign?.IsOpenForDecisions == true && _error is null;
        _loading = false;
    }

    private void Show(IReadOnlyList<ReviewItem> items)
    {
        _items = items;
        _groups = items.Select(i => i.GroupName).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        _shown = _filter.Apply(items);
        _selected = [];
    }

    private void FilterChanged(ReviewFilter filter)
    {
        _filter = filter;
        _shown = filter.Apply(_items);
        _selected = [.. _selected.Where(_shown.Contains)];
    }

    private void SelectionChanged(HashSet<ReviewItem> selected) => _selected = selected;

    private Task DecideOneAsync((ReviewItem Item, ReviewVerdict Verdict) ask) => DecideAsync([ask.Item], ask.Verdict);

    private Task DecideSelectedAsync(ReviewVerdict verdict) => DecideAsync(_selected.ToList(), verdict);

    private async Task DecideAsync(IReadOnlyList<ReviewItem> items, ReviewVerdict verdict)
    {
        if (_campaign is null || items.Count == 0) return;
        var parameters = new DialogParameters<DecisionDialog>
        {
            { d => d.CampaignId, CampaignId }, { d => d.Items, items }, { d => d.Verdict, verdict },
            { d => d.JustificationRequired, _campaign.RequiresJustification(verdict) },
        };
        var dialog = await Dialogs.ShowAsync<DecisionDialog>(ReviewDisplay.WordOf(verdict), parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        if (await dialog.Result is { Canceled: false })
        {
            Say($"{ReviewDisplay.WordOf(verdict)}: {(items.Count == 1 ? $"{items[0].UserName} in {items[0].GroupName}" : $"{items.Count} items")}.", false);
            await ReloadItemsAsync();
        }
    }

    private async Task AcceptRecommendationsAsync()
    {
        var undecided = _items.Where(i => !i.IsDecided).ToList();
        var revoke = undecided.Count(i => i.Recommendation == Recommendation.Revoke);
        var confirmed = await Dialogs.ShowMessageBoxAsync("Accept the recommendations?",
            $"Each of your {undecided.Count} undecided items takes its recommendation: {undecided.Count - revoke} approve, {revoke} revoke. " +
            "The recommendation's reason is kept as the justification. You can still change any decision until the campaign ends.",
            yesText: "Accept recommendations", cancelText: "Cancel");
        if (confirmed != true) return;
        _busy = true;
        var result = await CommandResult.CaptureAsync(() => Decisions.AcceptRecommendationsAsync(CampaignId));
        _busy = false;
        if (result.Succeeded) Say($"Accepted the recommendation for {result.Value} items.", false);
        else Say(result.Error ?? string.Join(" ", result.Errors.Values), true);
        await ReloadItemsAsync();
    }

    private async Task ReloadItemsAsync()
    {
        var items = await CommandResult.CaptureAsync(() => Decisions.MyItemsAsync(CampaignId));
        if (items.Value is { } value) Show(value);
        else Say($"The items could not be read again: {items.Error}", true);
    }

    private void Say(string message, bool isError) => (_message, _messageIsError) = (message, isError);
}
