using IamPortal.Application.Accounts;
using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Reviews;

/// <summary>
/// The reviewer's side. Admins see and decide every item; anyone else with ReviewAccess (team leads) only the items
/// they were made reviewer of when the campaign started. A decision on an item that is not theirs is refused and audited
/// as denied, whichever way it was asked for.
/// </summary>
public sealed class ReviewDecisionService(
    IReviewStore store,
    IAuditedOperations audited,
    ReviewDenials denials,
    IOperatorContext operators,
    ICurrentAccount account,
    TimeProvider time) : IReviewDecisionService
{
    public async Task<IReadOnlyList<MyCampaign>> MyCampaignsAsync(CancellationToken ct = default)
    {
        operators.Ensure(Permission.ReviewAccess, "review access");
        var mine = new List<MyCampaign>();
        var open = await store.ListCampaignsAsync((await account.GetAsync(ct)).AccountId,
            [CampaignState.Active, CampaignState.Ended, CampaignState.Applying, CampaignState.Applied], ct);
        foreach (var campaign in open)
        {
            var items = Mine(await store.ListItemsAsync(campaign.Id, ct));
            if (items.Count > 0) mine.Add(new MyCampaign(campaign, items.Count, items.Count(i => i.IsDecided)));
        }
        return mine;
    }

    public async Task<IReadOnlyList<ReviewItem>> MyItemsAsync(Guid campaignId, CancellationToken ct = default)
    {
        operators.Ensure(Permission.ReviewAccess, "review access");
        return await FindAsync(campaignId, ct) is null ? [] : Mine(await store.ListItemsAsync(campaignId, ct));
    }

    public Task<CommandResult<IReadOnlyList<ReviewItem>>> DecideAsync(Guid campaignId, IReadOnlyList<DecisionRequest> decisions, CancellationToken ct = default) =>
        CommandResult.CaptureAsync(async () =>
        {
            var target = campaignId.ToString();
            var op = await audited.DemandAsync(Permission.ReviewAccess, AuditActions.DecideReviewItems, target, ct);
            var campaign = await FindAsync(campaignId, ct);
            if (campaign is null) return CommandResult.Failed<IReadOnlyList<ReviewItem>>("There is no such campaign.");
            if (!campaign.IsOpenForDecisions) return CommandResult.Failed<IReadOnlyList<ReviewItem>>("This campaign is not open for decisions.");
            if (decisions.Count == 0) return CommandResult.Invalid<IReadOnlyList<ReviewItem>>(CampaignFields.Items, "Choose at least one item.");
            var items = (await store.ListItemsAsync(campaignId, ct)).ToDictionary(i => i.Id);
            var foreign = decisions.Where(d => !items.TryGetValue(d.ItemId, out var i) || !MayDecide(op, i)).Select(d => d.ItemId).ToList();
            if (foreign.Count > 0) return await DeniedAsync(op, campaign, foreign, ct);
            var missing = decisions.FirstOrDefault(d => campaign.RequiresJustification(d.Verdict) && string.IsNullOrWhiteSpace(d.Justification));
            if (missing is not null)
            {
                var message = $"A justification is required to {missing.Verdict.ToString().ToLowerInvariant()}.";
                await audited.RecordInvalidAsync(AuditActions.DecideReviewItems, campaign.Name, null, message, ct);
                return CommandResult.Invalid<IReadOnlyList<ReviewItem>>(CampaignFields.Justification, message);
            }
            return CommandResult.Ok(await RecordAsync(campaign, op, decisions.Select(d => (items[d.ItemId], d.Verdict, d.Justification ?? "", false)).ToList(), ct));
        });

    public Task<CommandResult<int>> AcceptRecommendationsAsync(Guid campaignId, string? justification = null, CancellationToken ct = default) =>
        CommandResult.CaptureAsync(async () =>
        {
            var op = await audited.DemandAsync(Permission.ReviewAccess, AuditActions.DecideReviewItems, campaignId.ToString(), ct);
            var campaign = await FindAsync(campaignId, ct);
            if (campaign is null) return CommandResult.Failed<int>("There is no such campaign.");
            if (!campaign.IsOpenForDecisions) return CommandResult.Failed<int>("This campaign is not open for decisions.");
            var undecided = Mine(await store.ListItemsAsync(campaignId, ct)).Where(i => !i.IsDecided).ToList();
            if (undecided.Count == 0) return CommandResult.Ok(0);
            var decided = await RecordAsync(campaign, op, undecided.Select(i =>
                (i, i.Recommendation == Recommendation.Revoke ? ReviewVerdict.Revoke : ReviewVerdict.Approve,
                    string.IsNullOrWhiteSpace(justification) ? "Recommendation: " + i.RecommendationReason : justification.Trim(), true)).ToList(), ct);
            return CommandResult.Ok(decided.Count);
        });

    public async Task<IReadOnlyList<ReviewDecision>> HistoryAsync(Guid itemId, CancellationToken ct = default)
    {
        operators.Ensure(Permission.ReviewAccess, "review access");
        var history = await store.ListDecisionsAsync(itemId, ct);
        if (history.Count == 0 || IsAdmin(operators.Current)) return history;
        // A team lead reads the history of items they review only.
        foreach (var campaign in await store.ListCampaignsAsync((await account.GetAsync(ct)).AccountId, null, ct))
        {
            var item = (await store.ListItemsAsync(campaign.Id, ct)).FirstOrDefault(i => i.Id == itemId);
            if (item is not null) return MayDecide(operators.Current, item) ? history : [];
        }
        return [];
    }

    public async Task<int> PendingItemsForCurrentOperatorAsync(CancellationToken ct = default)
    {
        var op = operators.Current;
        if (!RolePermissions.Allows(op.Role, Permission.ReviewAccess)) return 0;
        var active = await store.ListCampaignsAsync((await account.GetAsync(ct)).AccountId, [CampaignState.Active], ct);
        var pending = 0;
        // The badge counts what waits for me personally, admins included (not every item of every campaign).
        foreach (var campaign in active)
            pending += (await store.ListItemsAsync(campaign.Id, ct)).Count(i => !i.IsDecided && i.IsReviewer(op.Subject, op.Email));
        return pending;
    }

    private List<ReviewItem> Mine(IEnumerable<ReviewItem> items) => items.Where(i => MayDecide(operators.Current, i)).ToList();

    private static bool IsAdmin(OperatorIdentity op) => op.Role == PortalRole.SecurityAdmin;

    private static bool MayDecide(OperatorIdentity op, ReviewItem item) => IsAdmin(op) || item.IsReviewer(op.Subject, op.Email);

    private async Task<CommandResult<IReadOnlyList<ReviewItem>>> DeniedAsync(OperatorIdentity op, ReviewCampaign campaign, IReadOnlyList<Guid> items, CancellationToken ct)
    {
        var denied = new PortalAccessDeniedException("decide on items of groups you do not review", op.Role);
        await denials.RecordAsync(op, AuditActions.DecideReviewItems, campaign.Name,
            new Dictionary<string, object?> { ["CampaignId"] = campaign.Id, ["RefusedItems"] = items.Select(i => i.ToString()).ToList() }, denied.Message, ct);
        return CommandResult.Denied<IReadOnlyList<ReviewItem>>(denied.Message);
    }

    private async Task<IReadOnlyList<ReviewItem>> RecordAsync(ReviewCampaign campaign, OperatorIdentity op,
        IReadOnlyList<(ReviewItem Item, ReviewVerdict Verdict, string Justification, bool FromRecommendation)> decisions, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var rows = decisions.Select(d => new ReviewDecision(Guid.NewGuid(), d.Item.Id, d.Verdict, d.Justification.Trim(), op.Subject, op.Name, now, d.FromRecommendation)).ToList();
        var parameters = new Dictionary<string, object?>
        {
            ["CampaignId"] = campaign.Id, ["Items"] = rows.Count,
            ["Decisions"] = decisions.Select(d => $"{d.Item.GroupName}/{d.Item.UserName}: {d.Verdict}").ToList(),
            ["FromRecommendation"] = decisions.Any(d => d.FromRecommendation),
        };
        await audited.RunAsync(Permission.ReviewAccess, AuditActions.DecideReviewItems, campaign.Name, parameters, c => store.AddDecisionsAsync(campaign.Id, rows, c), ct);
        var byItem = rows.ToDictionary(r => r.ItemId);
        return decisions.Select(d => d.Item with { Decision = byItem[d.Item.Id] }).ToList();
    }

    private async Task<ReviewCampaign?> FindAsync(Guid id, CancellationToken ct)
    {
        var campaign = await store.GetCampaignAsync(id, ct);
        return campaign is not null && campaign.AccountId == (await account.GetAsync(ct)).AccountId ? campaign : null;
    }
}
