using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Reviews;
using IamPortal.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Infrastructure.Tests.Persistence.Reviews;

/// <summary>The access-review store on a real database (SQLite always; PostgreSQL when a connection is configured).</summary>
public abstract class EfReviewStoreTests(DatabaseProvider provider) : PortalDatabaseTests(provider)
{
    public sealed class OnSqlite() : EfReviewStoreTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : EfReviewStoreTests(DatabaseProvider.Postgres);

    private static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly ReviewerIdentity Lead = new("sub-lead", "lead@example.com", "Lee Lead");
    private static readonly ReviewerIdentity Other = new("sub-other", "other@example.com", "Olive Other");

    private IReviewStore Store => Db.Get<IReviewStore>();

    [SkippableFact]
    public async Task SetOwnersAsync_ReplacesTheGroupsOwnersPerAccount()
    {
        await Store.SetOwnersAsync("111111111111", "developers", [Lead, Other]);
        await Store.SetOwnersAsync("111111111111", "developers", [Other]);
        await Store.SetOwnersAsync("222222222222", "developers", [Lead]);

        (await Store.GetOwnersAsync("111111111111", "developers")).Should().Equal(Other);
        (await Store.ListOwnersAsync("222222222222")).Should().ContainKey("developers").WhoseValue.Should().Equal(Lead);
        await Store.SetFallbackReviewerAsync("111111111111", Lead);
        (await Store.GetFallbackReviewerAsync("111111111111")).Should().Be(Lead);
        await Store.SetFallbackReviewerAsync("111111111111", null);
        (await Store.GetFallbackReviewerAsync("111111111111")).Should().BeNull();
    }

    [SkippableFact]
    public async Task RecordSignInAsync_Twice_KeepsTheFirstAndUpdatesTheLast()
    {
        await Store.RecordSignInAsync("sub-lead", "lead@example.com", "Lee", Now);
        await Store.RecordSignInAsync("sub-lead", "lead@example.com", "Lee Lead", Now.AddDays(1));

        var known = (await Store.ListOperatorsAsync("LEAD", 10)).Should().ContainSingle().Subject;
        known.Should().Be(new KnownOperator("sub-lead", "lead@example.com", "Lee Lead", Now, Now.AddDays(1)));
    }

    [SkippableFact]
    public async Task Campaign_ItemsAndDecisions_RoundTripWithTheLastDecisionWinning()
    {
        var campaign = new ReviewCampaign
        {
            Id = Guid.NewGuid(), AccountId = "111111111111", Name = "Q4", Scope = new CampaignScope(ReviewScopeKind.Risk, [], null, RiskSeverity.High),
            StartAt = Now, DueAt = Now.AddDays(14), Recurrence = "0 9 1 */3 *", State = CampaignState.Active, CreatedBy = "Ada", CreatedAt = Now,
            StartedAt = Now, SnapshotSha256 = new string('a', 64), RemindersSent = [Application.Notifications.ReviewReminderKind.Started],
        };
        await Store.SaveCampaignAsync(campaign);
        var item = new ReviewItem
        {
            Id = Guid.NewGuid(), CampaignId = campaign.Id, AccountId = campaign.AccountId, GroupName = "developers", UserName = "bob",
            Facts = new MemberFacts { LastActivity = Now.AddDays(-124), MfaActive = true, ConsoleAccess = true, Keys = [new ReviewKeyFact(1, true, 400, Now.AddDays(-124))], UserCreated = Now.AddYears(-2) },
            GroupPolicies = [new ReviewPolicy("AdministratorAccess", "arn:aws:iam::aws:policy/AdministratorAccess", false, RiskSeverity.Critical)],
            GroupRisk = RiskSeverity.Critical, OtherGroups = ["ops"], ServiceUse = [new ReviewServiceUse("s3", "Amazon S3", null)],
            Recommendation = Recommendation.Revoke, RecommendationReason = "no activity for 124 days", Reviewers = [Lead],
        };
        await Store.AddItemsAsync([item]);
        await Store.AddDecisionsAsync(campaign.Id, [new ReviewDecision(Guid.NewGuid(), item.Id, ReviewVerdict.Approve, "needed", Lead.Subject, Lead.DisplayName, Now)]);
        await Store.AddDecisionsAsync(campaign.Id, [new ReviewDecision(Guid.NewGuid(), item.Id, ReviewVerdict.Revoke, "left", Other.Subject, Other.DisplayName, Now.AddMinutes(1))]);
        await Store.UpdateOutcomesAsync([item with { FinalVerdict = ReviewVerdict.Revoke, ApplyResult = ApplyResult.Removed, AppliedBy = "Ada", AppliedAt = Now.AddDays(15) }]);

        (await Store.GetCampaignAsync(campaign.Id)).Should().BeEquivalentTo(campaign);
        (await Store.ListCampaignsAsync("111111111111", [CampaignState.Active])).Should().ContainSingle();
        (await Store.ListCampaignsAsync(null, [CampaignState.Scheduled])).Should().BeEmpty();
        var other = Db.StartInstance().GetRequiredService<IReviewStore>();
        var read = (await other.ListItemsAsync(campaign.Id)).Should().ContainSingle().Subject;
        read.Decision!.Verdict.Should().Be(ReviewVerdict.Revoke);
        read.Should().BeEquivalentTo(item, o => o.Excluding(i => i.Decision).Excluding(i => i.IsDecided).Excluding(i => i.FinalVerdict).Excluding(i => i.ApplyResult)
            .Excluding(i => i.AppliedBy).Excluding(i => i.AppliedAt));
        (read.FinalVerdict, read.ApplyResult, read.AppliedAt).Should().Be((ReviewVerdict.Revoke, ApplyResult.Removed, Now.AddDays(15)));
        (await other.ListDecisionsAsync(item.Id)).Select(d => d.Verdict).Should().Equal(ReviewVerdict.Approve, ReviewVerdict.Revoke);
    }
}
