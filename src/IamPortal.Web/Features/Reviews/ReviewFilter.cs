using IamPortal.Application.Reviews;

namespace IamPortal.Web.Features.Reviews;

/// <summary>Which of my items the reviewer's page shows: search over member and group, decision state, one group.</summary>
public sealed record ReviewFilter(string? Search = null, string Status = ReviewFilter.All, string? Group = null)
{
    public const string All = "all";
    public const string Undecided = "undecided";
    public const string Decided = "decided";
    public const string RecommendedRevoke = "recommended-revoke";

    public IReadOnlyList<ReviewItem> Apply(IEnumerable<ReviewItem> items) => items
        .Where(i => string.IsNullOrWhiteSpace(Search)
                    || i.UserName.Contains(Search.Trim(), StringComparison.OrdinalIgnoreCase)
                    || i.GroupName.Contains(Search.Trim(), StringComparison.OrdinalIgnoreCase))
        .Where(i => Group is null || string.Equals(i.GroupName, Group, StringComparison.OrdinalIgnoreCase))
        .Where(i => Status switch
        {
            Undecided => !i.IsDecided,
            Decided => i.IsDecided,
            RecommendedRevoke => i.Recommendation == Recommendation.Revoke,
            _ => true,
        })
        .OrderBy(i => i.GroupName, StringComparer.OrdinalIgnoreCase).ThenBy(i => i.UserName, StringComparer.OrdinalIgnoreCase)
        .ToList();
}
