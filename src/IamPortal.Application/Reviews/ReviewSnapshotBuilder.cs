using System.Security.Cryptography;
using System.Text;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Reviews;

/// <summary>
/// Captures a campaign's items from a fresh inventory snapshot when it starts: one item per member of each group in
/// scope, with the member's facts, the group's policies and their risk, the member's other groups, the last review's
/// verdict, Access Advisor's use of the group's services where known, the reviewers fixed now (owners, or the fallback
/// for an orphaned group) and the recommendation at the campaign's inactivity threshold.
/// </summary>
public sealed class ReviewSnapshotBuilder(IRiskAnalyzer risk, IReviewStore store, ReviewServiceUseReader serviceUse, TimeProvider time)
{
    public async Task<IReadOnlyList<ReviewItem>> BuildAsync(ReviewCampaign campaign, InventorySnapshot inventory, CancellationToken ct)
    {
        var owners = await store.ListOwnersAsync(campaign.AccountId, ct);
        var fallback = await store.GetFallbackReviewerAsync(campaign.AccountId, ct);
        var lastVerdicts = await LastVerdictsAsync(campaign, ct);
        var now = time.GetUtcNow();
        serviceUse.Reset();
        var items = new List<ReviewItem>();
        foreach (var group in inventory.Groups.OrderBy(g => g.Group.GroupName, StringComparer.OrdinalIgnoreCase))
        {
            var policies = GroupPolicies(group, inventory);
            var groupRisk = risk.AnalyzeTogether(Sources(group, inventory)).Highest;
            if (!InScope(campaign.Scope, group.Group, groupRisk)) continue;
            var reviewers = owners.GetValueOrDefault(group.Group.GroupName) is { Count: > 0 } o ? o : fallback is null ? [] : [fallback];
            foreach (var userName in inventory.GroupMembers(group.Group.GroupName))
            {
                if (inventory.FindUser(userName) is not { } user) continue;
                var facts = ReviewFacts.Of(user, now);
                var (recommendation, reason) = ReviewFacts.Recommend(facts, campaign.InactivityThresholdDays, now);
                items.Add(new ReviewItem
                {
                    Id = Guid.NewGuid(), CampaignId = campaign.Id, AccountId = campaign.AccountId,
                    GroupName = group.Group.GroupName, UserName = user.UserName, Facts = facts,
                    GroupPolicies = policies, GroupRisk = groupRisk,
                    OtherGroups = user.Groups.Where(g => !string.Equals(g, group.Group.GroupName, StringComparison.OrdinalIgnoreCase)).ToList(),
                    LastReviewVerdict = lastVerdicts.GetValueOrDefault(Key(group.Group.GroupName, user.UserName)),
                    ServiceUse = await serviceUse.ReadAsync(user.UserName, group.Group.GroupName, ct),
                    Recommendation = recommendation, RecommendationReason = reason, Reviewers = reviewers,
                });
            }
        }
        return items;
    }

    /// <summary>SHA-256 (hex) of the snapshot's memberships and reviewers, in a stable order (recorded in the audit trail).</summary>
    public static string HashOf(IEnumerable<ReviewItem> items)
    {
        var text = new StringBuilder();
        foreach (var i in items.OrderBy(i => i.GroupName, StringComparer.Ordinal).ThenBy(i => i.UserName, StringComparer.Ordinal))
            text.Append(i.AccountId).Append('\t').Append(i.GroupName).Append('\t').Append(i.UserName).Append('\t')
                .Append(string.Join(',', i.Reviewers.Select(r => r.Subject))).Append('\t').Append(i.Recommendation).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public static bool InScope(CampaignScope scope, IamGroup group, RiskSeverity groupRisk)
    {
        if (scope.GroupNames.Count > 0 && !scope.GroupNames.Contains(group.GroupName, StringComparer.OrdinalIgnoreCase)) return false;
        if (!string.IsNullOrWhiteSpace(scope.PathPrefix) && !group.Path.StartsWith(scope.PathPrefix, StringComparison.Ordinal)) return false;
        if (scope.MinimumRisk is { } min && groupRisk < min) return false;
        return true;
    }

    private IReadOnlyList<ReviewPolicy> GroupPolicies(IamGroupDetail group, InventorySnapshot inventory) =>
    [
        .. group.AttachedManagedPolicies.Select(p => new ReviewPolicy(p.PolicyName, p.PolicyArn, false,
            inventory.PolicyDocument(p.PolicyArn) is { } doc ? risk.Analyze(new PolicySource(p.PolicyName, doc, p.PolicyArn)).Highest : RiskSeverity.None)),
        .. group.InlinePolicies.Select(p => new ReviewPolicy(p.PolicyName, null, true, risk.Analyze(new PolicySource(p.PolicyName, p.Document)).Highest)),
    ];

    private static List<PolicySource> Sources(IamGroupDetail group, InventorySnapshot inventory) =>
    [
        .. group.AttachedManagedPolicies.Where(p => inventory.PolicyDocument(p.PolicyArn) is not null)
            .Select(p => new PolicySource(p.PolicyName, inventory.PolicyDocument(p.PolicyArn)!, p.PolicyArn)),
        .. group.InlinePolicies.Select(p => new PolicySource(p.PolicyName, p.Document)),
    ];

    /// <summary>The final verdict of each membership in the account's most recent ended campaign that reviewed it.</summary>
    private async Task<Dictionary<string, ReviewVerdict>> LastVerdictsAsync(ReviewCampaign campaign, CancellationToken ct)
    {
        var verdicts = new Dictionary<string, ReviewVerdict>(StringComparer.OrdinalIgnoreCase);
        var ended = await store.ListCampaignsAsync(campaign.AccountId, [CampaignState.Ended, CampaignState.Applying, CampaignState.Applied], ct);
        foreach (var previous in ended.Where(c => c.Id != campaign.Id).OrderByDescending(c => c.EndedAt).Take(4))
            foreach (var item in await store.ListItemsAsync(previous.Id, ct))
                if (item.FinalVerdict is { } verdict) verdicts.TryAdd(Key(item.GroupName, item.UserName), verdict);
        return verdicts;
    }

    private static string Key(string group, string user) => group + "\n" + user;
}
