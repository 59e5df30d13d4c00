using System.Security.Cryptography;
using System.Text;
using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Reviews;

namespace IamPortal.Application.Tests.Reviews;

public class ReviewCampaignServiceTests
{
    private readonly ReviewsHarness _h = new();

    [Fact]
    public async Task CreateAsync_BadInput_ErrorsAtEachFieldAndNothingStored()
    {
        var result = await _h.Campaigns.CreateAsync(new CampaignRequest
        {
            Name = " ", Scope = new CampaignScope(ReviewScopeKind.Path, [], "engineering"), Recurrence = "every quarter",
            InactivityThresholdDays = 0,
        });

        result.Status.Should().Be(CommandStatus.Invalid);
        result.Errors.Keys.Should().BeEquivalentTo(CampaignFields.Name, CampaignFields.Scope, CampaignFields.DueAt, CampaignFields.Recurrence,
            CampaignFields.InactivityThresholdDays);
        _h.Store.Campaigns.Should().BeEmpty();
        _h.AuditOf(AuditActions.CreateReviewCampaign).Should().ContainSingle(r => r.Outcome == AuditOutcomes.Invalid);
    }

    [Fact]
    public void Validate_RevokeWithAutoApply_Warns()
    {
        var request = new CampaignRequest { Name = "x", Duration = TimeSpan.FromDays(7), DefaultDecision = DefaultDecision.Revoke, AutoApply = true };

        _h.Campaigns.Validate(request).Value.Should().BeTrue();
        _h.Campaigns.Validate(request with { AutoApply = false }).Value.Should().BeFalse();
    }

    [Fact]
    public async Task CreateAsync_TeamLead_IsDeniedAndAudited()
    {
        _h.Operator.Current = SwitchableOperator.Lead;

        var result = await _h.Campaigns.CreateAsync(new CampaignRequest { Name = "x", Duration = TimeSpan.FromDays(7) });

        result.Status.Should().Be(CommandStatus.Denied);
        _h.AuditOf(AuditActions.CreateReviewCampaign).Should().ContainSingle(r => r.Outcome == AuditOutcomes.Denied);
    }

    [Fact]
    public async Task CreateAsync_ScopeByGroup_ReviewsOnlyThoseGroups()
    {
        await _h.SeedTwoTeamsAsync();

        var created = await _h.Campaigns.CreateAsync(new CampaignRequest
        {
            Name = "finance only", Duration = TimeSpan.FromDays(7), Scope = new CampaignScope(ReviewScopeKind.Groups, ["finance"]),
        });

        (await _h.Store.ListItemsAsync(created.Value!.Campaign.Id)).Select(i => i.GroupName).Should().OnlyContain(g => g == "finance").And.HaveCount(2);
    }

    [Fact]
    public async Task ExportAsync_EvidenceHasARowPerItemAndItsHashIsAudited()
    {
        await _h.SeedTwoTeamsAsync();
        var campaign = await _h.StartCampaignAsync(DefaultDecision.TakeRecommendation);
        _h.Operator.Current = SwitchableOperator.Lead;
        await _h.Decisions.DecideAsync(campaign.Id, [new DecisionRequest(_h.Item(campaign.Id, "developers", "bob").Id, ReviewVerdict.Revoke, "left, see HR-42")]);
        _h.Operator.Current = SwitchableOperator.Admin;
        await _h.Campaigns.EndNowAsync(campaign.Id);
        await _h.Campaigns.ApplyAsync(campaign.Id);

        _h.Operator.Current = SwitchableOperator.Auditor;
        var export = await _h.Evidence.ExportAsync(campaign.Id);

        export.Succeeded.Should().BeTrue(export.Error);
        var lines = Encoding.UTF8.GetString(export.Value!.Content).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(1 + 5);
        lines[0].Should().StartWith("Account,Campaign,Group,Member,Reviewers,Decision");
        lines.Should().Contain(l => l.Contains("developers,bob,lead@example.com,Revoke,false,\"left, see HR-42\",Lee Lead") && l.Contains("Removed"));
        lines.Should().Contain(l => l.Contains("finance,carol,other@example.com,Approve,true") && l.Contains("Kept"));
        export.Value.Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(export.Value.Content)));
        var audit = _h.AuditOf(AuditActions.ExportReviewEvidence).Should().ContainSingle().Subject;
        audit.Outcome.Should().Be(AuditOutcomes.Success);
        audit.ParametersJson.Should().Contain(export.Value.Sha256).And.Contain(campaign.SnapshotSha256!);
    }

    [Fact]
    public async Task GetOverviewAsync_ShowsCompletionOverdueReviewersAndDecisionsAgainstTheRecommendation()
    {
        await _h.SeedTwoTeamsAsync();
        var campaign = await _h.StartCampaignAsync();
        _h.Operator.Current = SwitchableOperator.Lead;
        await _h.Decisions.DecideAsync(campaign.Id, [
            new DecisionRequest(_h.Item(campaign.Id, "developers", "bob").Id, ReviewVerdict.Approve, "on leave"),
            new DecisionRequest(_h.Item(campaign.Id, "developers", "alice").Id, ReviewVerdict.Approve, ""),
            new DecisionRequest(_h.Item(campaign.Id, "developers", "dave").Id, ReviewVerdict.Revoke, ""),
        ]);
        _h.Time.Advance(TimeSpan.FromDays(15));

        _h.Operator.Current = SwitchableOperator.Auditor;
        var overview = await _h.Campaigns.GetOverviewAsync();

        overview.Campaigns.Should().ContainSingle().Which.Completion.Should().BeApproximately(0.6, 0.001);
        overview.OverdueReviewers.Should().ContainSingle().Which.Should().Match<OverdueReviewer>(r => r.Reviewer.Subject == SwitchableOperator.OtherLead.Subject && r.Pending == 2);
        overview.AgainstRecommendation.Should().ContainSingle().Which.UserName.Should().Be("bob");
    }
}
