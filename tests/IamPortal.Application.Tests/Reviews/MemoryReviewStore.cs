using IamPortal.Application.Reviews;

namespace IamPortal.Application.Tests.Reviews;

/// <summary>An in-memory IReviewStore with the EF store's semantics (decision history kept, the latest wins).</summary>
public sealed class MemoryReviewStore : IReviewStore
{
    private readonly Dictionary<(string, string), List<ReviewerIdentity>> _owners = [];
    private readonly Dictionary<string, ReviewerIdentity> _fallback = [];
    private readonly Dictionary<string, KnownOperator> _operators = [];
    public Dictionary<Guid, ReviewCampaign> Campaigns { get; } = [];
    public Dictionary<Guid, ReviewItem> Items { get; } = [];
    public List<(Guid CampaignId, ReviewDecision Decision)> Decisions { get; } = [];

    public Task<IReadOnlyDictionary<string, IReadOnlyList<ReviewerIdentity>>> ListOwnersAsync(string accountId, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<ReviewerIdentity>>>(_owners.Where(o => o.Key.Item1 == accountId)
            .ToDictionary(o => o.Key.Item2, o => (IReadOnlyList<ReviewerIdentity>)o.Value.ToList(), StringComparer.OrdinalIgnoreCase));

    public Task<IReadOnlyList<ReviewerIdentity>> GetOwnersAsync(string accountId, string groupName, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<ReviewerIdentity>>(_owners.GetValueOrDefault((accountId, groupName))?.ToList() ?? []);

    public Task SetOwnersAsync(string accountId, string groupName, IReadOnlyList<ReviewerIdentity> owners, CancellationToken ct = default)
    {
        if (owners.Count == 0) _owners.Remove((accountId, groupName));
        else _owners[(accountId, groupName)] = owners.ToList();
        return Task.CompletedTask;
    }

    public Task<ReviewerIdentity?> GetFallbackReviewerAsync(string accountId, CancellationToken ct = default) => Task.FromResult(_fallback.GetValueOrDefault(accountId));

    public Task SetFallbackReviewerAsync(string accountId, ReviewerIdentity? reviewer, CancellationToken ct = default)
    {
        if (reviewer is null) _fallback.Remove(accountId);
        else _fallback[accountId] = reviewer;
        return Task.CompletedTask;
    }

    public Task RecordSignInAsync(string subject, string email, string displayName, DateTimeOffset at, CancellationToken ct = default)
    {
        var first = _operators.TryGetValue(subject, out var known) ? known.FirstSignIn : at;
        _operators[subject] = new KnownOperator(subject, email, displayName, first, at);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<KnownOperator>> ListOperatorsAsync(string? search, int take, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<KnownOperator>>(_operators.Values.Where(o => search is null || o.Email.Contains(search, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(o => o.LastSignIn).Take(take).ToList());

    public Task SaveCampaignAsync(ReviewCampaign campaign, CancellationToken ct = default)
    {
        Campaigns[campaign.Id] = campaign;
        return Task.CompletedTask;
    }

    public Task<ReviewCampaign?> GetCampaignAsync(Guid id, CancellationToken ct = default) => Task.FromResult(Campaigns.GetValueOrDefault(id));

    public Task<IReadOnlyList<ReviewCampaign>> ListCampaignsAsync(string? accountId, IReadOnlyCollection<CampaignState>? states = null, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<ReviewCampaign>>(Campaigns.Values
            .Where(c => (accountId is null || c.AccountId == accountId) && (states is not { Count: > 0 } || states.Contains(c.State)))
            .OrderByDescending(c => c.CreatedAt).ToList());

    public Task AddItemsAsync(IReadOnlyList<ReviewItem> items, CancellationToken ct = default)
    {
        foreach (var i in items) Items[i.Id] = i with { Decision = null };
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ReviewItem>> ListItemsAsync(Guid campaignId, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<ReviewItem>>(Items.Values.Where(i => i.CampaignId == campaignId)
            .Select(i => i with { Decision = Decisions.LastOrDefault(d => d.Decision.ItemId == i.Id).Decision })
            .OrderBy(i => i.GroupName).ThenBy(i => i.UserName).ToList());

    public Task UpdateOutcomesAsync(IReadOnlyList<ReviewItem> items, CancellationToken ct = default)
    {
        foreach (var i in items.Where(i => Items.ContainsKey(i.Id)))
            Items[i.Id] = Items[i.Id] with
            {
                FinalVerdict = i.FinalVerdict, DecidedByDefault = i.DecidedByDefault, ApplyResult = i.ApplyResult, ApplyError = i.ApplyError,
                AppliedBy = i.AppliedBy, AppliedAt = i.AppliedAt,
            };
        return Task.CompletedTask;
    }

    public Task AddDecisionsAsync(Guid campaignId, IReadOnlyList<ReviewDecision> decisions, CancellationToken ct = default)
    {
        Decisions.AddRange(decisions.Select(d => (campaignId, d)));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ReviewDecision>> ListDecisionsAsync(Guid itemId, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<ReviewDecision>>(Decisions.Where(d => d.Decision.ItemId == itemId).Select(d => d.Decision).ToList());
}
