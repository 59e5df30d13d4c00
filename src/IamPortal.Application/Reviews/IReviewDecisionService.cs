using IamPortal.Application.Commands;

namespace IamPortal.Application.Reviews;

/// <summary>
/// The reviewer's side (ReviewAccess): team leads see and decide only the items of groups they review in a campaign;
/// admins all. A refused attempt is audited as denied.
/// </summary>
public interface IReviewDecisionService
{
    /// <summary>The campaigns where the current operator has items (admins: every active or ended campaign).</summary>
    Task<IReadOnlyList<MyCampaign>> MyCampaignsAsync(CancellationToken ct = default);

    /// <summary>The current operator's items in a campaign (team leads: their own; admins: all).</summary>
    Task<IReadOnlyList<ReviewItem>> MyItemsAsync(Guid campaignId, CancellationToken ct = default);

    /// <summary>Decides one or many items; field error CampaignFields.Justification when a justification is required.</summary>
    Task<CommandResult<IReadOnlyList<ReviewItem>>> DecideAsync(Guid campaignId, IReadOnlyList<DecisionRequest> decisions, CancellationToken ct = default);

    /// <summary>Takes the recommendation for every undecided item of mine; the number decided.</summary>
    Task<CommandResult<int>> AcceptRecommendationsAsync(Guid campaignId, string? justification = null, CancellationToken ct = default);

    /// <summary>Every decision taken on the item, oldest first (the last one wins).</summary>
    Task<IReadOnlyList<ReviewDecision>> HistoryAsync(Guid itemId, CancellationToken ct = default);

    /// <summary>Undecided items the current operator reviews in active campaigns (the nav badge and home card).</summary>
    Task<int> PendingItemsForCurrentOperatorAsync(CancellationToken ct = default);
}
