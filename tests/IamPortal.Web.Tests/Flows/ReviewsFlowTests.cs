using System.Text;
using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Iam;
using IamPortal.Application.Operators;
using IamPortal.Application.Reviews;
using IamPortal.Sandbox;
using IamPortal.Sandbox.Seed;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Web.Tests.Flows;

/// <summary>
/// An access review end to end on the real Application + Infrastructure over HTTP to a seeded Sandbox, SQLite store:
/// owners, a campaign over the review story's groups, a team lead deciding their own items (and refused on another
/// owner's), the admin ending and applying, IAM showing the revoked member gone, the evidence CSV with a row per item.
/// </summary>
public sealed class ReviewsFlowTests() : SandboxFlowTests("reviews", new SandboxOptions { SeedUsers = 120, Seed = 42 })
{
    /// <summary>The flow's operator (TestOperator's identity) as an owner.</summary>
    private static readonly ReviewerIdentity Me = new("sub-flow", "flow@example.com", "Flow Tester");
    private static readonly ReviewerIdentity Someone = new("sub-someone", "someone@example.com", "Some One");

    [Fact]
    public async Task Campaign_OverHttp_TeamLeadDecidesOwnItemsAdminEndsAndAppliesEvidenceCoversTheSnapshot()
    {
        Guid campaignId;
        await using (var admin = Scope())
        {
            var ownership = admin.ServiceProvider.GetRequiredService<IGroupOwnershipService>();
            (await ownership.SetOwnersAsync(ReviewSeedStory.InactiveGroup, [Me])).Succeeded.Should().BeTrue();
            (await ownership.SetOwnersAsync(ReviewSeedStory.UnusedServicesGroup, [Someone])).Succeeded.Should().BeTrue();
            (await ownership.OrphanedGroupsAsync()).Should().Contain(ReviewSeedStory.OwnerLeftGroup).And.NotContain(ReviewSeedStory.InactiveGroup);
            var created = await admin.ServiceProvider.GetRequiredService<IReviewCampaignService>().CreateAsync(new CampaignRequest
            {
                Name = "Story review", Duration = TimeSpan.FromDays(7), DefaultDecision = DefaultDecision.NoChange, InactivityThresholdDays = 90,
                Scope = new CampaignScope(ReviewScopeKind.Groups, [ReviewSeedStory.InactiveGroup, ReviewSeedStory.UnusedServicesGroup]),
            });
            created.Succeeded.Should().BeTrue(created.Error);
            campaignId = created.Value!.Campaign.Id;
        }

        ReviewItem revoked;
        await using (var lead = Scope(PortalRole.TeamLead))
        {
            var decisions = lead.ServiceProvider.GetRequiredService<IReviewDecisionService>();
            var mine = await decisions.MyItemsAsync(campaignId);
            mine.Should().NotBeEmpty().And.OnlyContain(i => i.GroupName == ReviewSeedStory.InactiveGroup);
            mine.Should().Contain(i => i.Recommendation == Recommendation.Revoke && i.RecommendationReason.Contains("days"), "the story's group has members inactive for months");
            revoked = mine.First(i => i.Recommendation == Recommendation.Revoke);
            (await decisions.DecideAsync(campaignId, [new DecisionRequest(revoked.Id, ReviewVerdict.Revoke, "left the finance team")])).Succeeded.Should().BeTrue();

            var admin = Scope();
            var all = await admin.ServiceProvider.GetRequiredService<IReviewCampaignService>().GetItemsAsync(campaignId);
            var foreign = all.First(i => i.GroupName == ReviewSeedStory.UnusedServicesGroup);
            (await decisions.DecideAsync(campaignId, [new DecisionRequest(foreign.Id, ReviewVerdict.Revoke, "not mine")])).Status.Should().Be(CommandStatus.Denied);
            await admin.DisposeAsync();
        }

        await using (var admin = Scope())
        {
            var campaigns = admin.ServiceProvider.GetRequiredService<IReviewCampaignService>();
            (await campaigns.EndNowAsync(campaignId)).Value!.State.Should().Be(CampaignState.Ended);
            var applied = await campaigns.ApplyAsync(campaignId);
            applied.Succeeded.Should().BeTrue(applied.Error);
            var iam = admin.ServiceProvider.GetRequiredService<IIamGroupsApi>();
            var members = (await iam.GetGroupAsync(ReviewSeedStory.InactiveGroup)).Users.Select(u => u.UserName).ToList();
            members.Should().NotContain(revoked.UserName);
            var items = await campaigns.GetItemsAsync(campaignId);
            members.Should().BeEquivalentTo(items.Where(i => i.GroupName == ReviewSeedStory.InactiveGroup && i.Id != revoked.Id).Select(i => i.UserName),
                "everyone else is still in");
            items.Single(i => i.Id == revoked.Id).ApplyResult.Should().Be(ApplyResult.Removed);

            var export = await admin.ServiceProvider.GetRequiredService<IReviewEvidenceService>().ExportAsync(campaignId);
            export.Succeeded.Should().BeTrue(export.Error);
            Encoding.UTF8.GetString(export.Value!.Content).Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(1 + items.Count);
            var log = await admin.ServiceProvider.GetRequiredService<IAuditLog>().QueryAsync(new AuditQuery { Action = "Reviews.", PageSize = 100 });
            log.Items.Select(e => e.Record).Should().Contain(r => r.Action == AuditActions.DecideReviewItems && r.Outcome == AuditOutcomes.Denied)
                .And.Contain(r => r.Action == AuditActions.ExportReviewEvidence && r.ParametersJson.Contains(export.Value.Sha256));
        }
    }
}
