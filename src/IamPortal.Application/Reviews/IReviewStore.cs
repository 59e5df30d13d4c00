namespace IamPortal.Application.Reviews;

/// <summary>
/// Where access-review data is kept (Infrastructure: EF Core): group owners and fallback reviewers per account, the
/// operators who signed in, campaigns, their snapshot items, every decision (history kept; the last one wins) and the
/// apply results.
/// </summary>
public interface IReviewStore
{
    Task<IReadOnlyDictionary<string, IReadOnlyList<ReviewerIdentity>>> ListOwnersAsync(string accountId, CancellationToken ct = default);
    Task<IReadOnlyList<ReviewerIdentity>> GetOwnersAsync(string accountId, string groupName, CancellationToken ct = default);
    Task SetOwnersAsync(string accountId, string groupName, IReadOnlyList<ReviewerIdentity> owners, CancellationToken ct = default);
    Task<ReviewerIdentity?> GetFallbackReviewerAsync(string accountId, CancellationToken ct = default);
    Task SetFallbackReviewerAsync(string accountId, ReviewerIdentity? reviewer, CancellationToken ct = default);

    Task RecordSignInAsync(string subject, string email, string displayName, DateTimeOffset at, CancellationToken ct = default);
    Task<IReadOnlyList<KnownOperator>> ListOperatorsAsync(string? search, int take, CancellationToken ct = default);

    /// <summary>Inserts or replaces the campaign.</summary>
    Task SaveCampaignAsync(ReviewCampaign campaign, CancellationToken ct = default);
    Task<ReviewCampaign?> GetCampaignAsync(Guid id, CancellationToken ct = default);
    /// <summary>Campaigns newest first; all accounts when <paramref name="accountId"/> is null; only the given states when any.</summary>
    Task<IReadOnlyList<ReviewCampaign>> ListCampaignsAsync(string? accountId, IReadOnlyCollection<CampaignState>? states = null, CancellationToken ct = default);

    Task AddItemsAsync(IReadOnlyList<ReviewItem> items, CancellationToken ct = default);
    /// <summary>The campaign's items, each with its last decision.</summary>
    Task<IReadOnlyList<ReviewItem>> ListItemsAsync(Guid campaignId, CancellationToken ct = default);
    /// <summary>Writes the final verdict and apply result columns of these items.</summary>
    Task UpdateOutcomesAsync(IReadOnlyList<ReviewItem> items, CancellationToken ct = default);

    Task AddDecisionsAsync(Guid campaignId, IReadOnlyList<ReviewDecision> decisions, CancellationToken ct = default);
    /// <summary>Every decision on the item, oldest first.</summary>
    Task<IReadOnlyList<ReviewDecision>> ListDecisionsAsync(Guid itemId, CancellationToken ct = default);
}
