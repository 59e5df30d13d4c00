using IamPortal.Application.Commands;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Reviews;
using IamPortal.Web.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace IamPortal.Web.Tests.Features.Reviews;

/// <summary>
/// NSubstitute fakes of the access review services, answering "nothing yet" by default (every page that shows a
/// review link, owners or a badge renders without further set-up); a test configures what it needs.
/// </summary>
public sealed class ReviewFakes
{
    public IReviewDecisionService Decisions { get; } = Substitute.For<IReviewDecisionService>();
    public IReviewCampaignService Campaigns { get; } = Substitute.For<IReviewCampaignService>();
    public IGroupOwnershipService Ownership { get; } = Substitute.For<IGroupOwnershipService>();
    public IOperatorDirectory Directory { get; } = Substitute.For<IOperatorDirectory>();
    public IReviewEvidenceService Evidence { get; } = Substitute.For<IReviewEvidenceService>();

    public ReviewFakes()
    {
        Decisions.MyCampaignsAsync(default).ReturnsForAnyArgs([]);
        Decisions.MyItemsAsync(default, default).ReturnsForAnyArgs([]);
        Decisions.PendingItemsForCurrentOperatorAsync(default).ReturnsForAnyArgs(0);
        Campaigns.ListAsync(default).ReturnsForAnyArgs([]);
        Campaigns.GetItemsAsync(default, default).ReturnsForAnyArgs([]);
        Campaigns.Validate(default!).ReturnsForAnyArgs(CommandResult.Ok(false));
        Campaigns.GetOverviewAsync(default).ReturnsForAnyArgs(new ReviewsOverview([], [], []));
        Ownership.ListAsync(default).ReturnsForAnyArgs([]);
        Ownership.GetOwnersAsync(default!, default).ReturnsForAnyArgs([]);
        Ownership.MyGroupsAsync(default).ReturnsForAnyArgs([]);
        Ownership.GetFallbackReviewerAsync(default).ReturnsForAnyArgs((ReviewerIdentity?)null);
        Directory.ListAsync(default, default, default).ReturnsForAnyArgs([]);
    }

    public static readonly Guid CampaignId = Guid.Parse("11111111-2222-3333-4444-555555555555");

    public static ReviewCampaign Campaign(CampaignState state = CampaignState.Active, JustificationRequirement justification = JustificationRequirement.Revoke) => new()
    {
        Id = CampaignId, AccountId = "123456789012", Name = "Q4 engineering review", Scope = CampaignScope.All,
        StartAt = TestData.Now.AddDays(-3), DueAt = TestData.Now.AddDays(11), State = state, JustificationRequired = justification,
        CreatedBy = "Alice Admin", CreatedAt = TestData.Now.AddDays(-3), StartedAt = TestData.Now.AddDays(-3), Instructions = "Revoke anyone who left the team.",
    };

    public static ReviewItem Item(string user, string group, Recommendation recommendation = Recommendation.Approve, ReviewVerdict? decided = null) => new()
    {
        Id = Guid.NewGuid(), CampaignId = CampaignId, AccountId = "123456789012", GroupName = group, UserName = user,
        Facts = new MemberFacts { LastActivity = TestData.Now.AddDays(-124), ConsoleAccess = true, ConsoleLastUsed = TestData.Now.AddDays(-124), MfaActive = true },
        GroupPolicies = [new ReviewPolicy("AdministratorAccess", "arn:aws:iam::aws:policy/AdministratorAccess", false, RiskSeverity.Critical)],
        Recommendation = recommendation, RecommendationReason = recommendation == Recommendation.Revoke ? "no activity for 124 days" : "active 3 days ago",
        Reviewers = [new ReviewerIdentity("lead-sub", "lead@example.com", "Lee Lead")],
        Decision = decided is { } v ? new ReviewDecision(Guid.NewGuid(), Guid.Empty, v, "ok", "lead-sub", "Lee Lead", TestData.Now) : null,
    };

    /// <summary>The campaign's summary over these items, as the reviewer's page reads it.</summary>
    public void Serve(ReviewCampaign campaign, params ReviewItem[] items)
    {
        Campaigns.GetSummaryAsync(campaign.Id, Arg.Any<CancellationToken>()).Returns(ReviewSummaries.Of(campaign, items));
        Decisions.MyItemsAsync(campaign.Id, Arg.Any<CancellationToken>()).Returns(items);
        Campaigns.GetItemsAsync(campaign.Id, Arg.Any<CancellationToken>()).Returns(items);
    }
}

public static class ReviewFakesRegistration
{
    public static IServiceCollection AddReviewFakes(this IServiceCollection services)
    {
        services.AddSingleton<ReviewFakes>();
        services.AddSingleton(sp => sp.GetRequiredService<ReviewFakes>().Decisions);
        services.AddSingleton(sp => sp.GetRequiredService<ReviewFakes>().Campaigns);
        services.AddSingleton(sp => sp.GetRequiredService<ReviewFakes>().Ownership);
        services.AddSingleton(sp => sp.GetRequiredService<ReviewFakes>().Directory);
        services.AddSingleton(sp => sp.GetRequiredService<ReviewFakes>().Evidence);
        return services;
    }
}
