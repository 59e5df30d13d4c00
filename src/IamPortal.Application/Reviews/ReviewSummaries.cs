namespace IamPortal.Application.Reviews;

/// <summary>Progress of a campaign and the auditors' review of reviews, computed over its items.</summary>
public static class ReviewSummaries
{
    public static CampaignSummary Of(ReviewCampaign campaign, IReadOnlyList<ReviewItem> items)
    {
        var decided = items.Where(i => i.Decision is not null).ToList();
        var counts = Enum.GetValues<ReviewVerdict>().ToDictionary(v => v, v => decided.Count(i => i.Decision!.Verdict == v));
        var applied = Enum.GetValues<ApplyResult>().ToDictionary(r => r, r => items.Count(i => i.ApplyResult == r));
        var reviewers = items.SelectMany(i => i.Reviewers.Select(r => (Reviewer: r, Item: i)))
            .GroupBy(x => x.Reviewer.Subject)
            .Select(g => new ReviewerProgress(g.First().Reviewer, g.Count(), g.Count(x => x.Item.Decision is not null)))
            .OrderBy(r => r.Reviewer.DisplayName).ToList();
        return new CampaignSummary(campaign, items.Count, decided.Count, counts, items.Count - decided.Count, applied, reviewers);
    }

    public static ReviewsOverview Overview(IReadOnlyList<(CampaignSummary Summary, IReadOnlyList<ReviewItem> Items)> campaigns, DateTimeOffset now)
    {
        var overdue = campaigns
            .Where(c => c.Summary.Campaign.State != CampaignState.Cancelled && (c.Summary.Campaign.DueAt <= now || c.Summary.Campaign.State != CampaignState.Active))
            .SelectMany(c => c.Summary.Reviewers.Where(r => r.Pending > 0)
                .Select(r => new OverdueReviewer(c.Summary.Campaign.Id, c.Summary.Campaign.Name, r.Reviewer, r.Pending)))
            .ToList();
        var against = campaigns.SelectMany(c => c.Items
                .Where(i => i.Decision is { } d && d.Verdict != ReviewVerdict.DontKnow && (d.Verdict == ReviewVerdict.Revoke) != (i.Recommendation == Recommendation.Revoke))
                .Select(i => new DecisionAgainstRecommendation(c.Summary.Campaign.Id, c.Summary.Campaign.Name, i.GroupName, i.UserName,
                    i.Recommendation, i.RecommendationReason, i.Decision!.Verdict, i.Decision.Justification, i.Decision.DecidedByName)))
            .ToList();
        return new ReviewsOverview(campaigns.Select(c => c.Summary).ToList(), overdue, against);
    }
}
