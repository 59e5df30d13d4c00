using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Reviews;

namespace IamPortal.Application.Tests.Reviews;

public class ReviewDecisionServiceTests
{
    private readonly ReviewsHarness _h = new();

    [Fact]
    public async Task MyItemsAsync_TeamLead_SeesOnlyTheirOwnGroupsItems()
    {
        await _h.SeedTwoTeamsAsync();
        var campaign = await _h.StartCampaignAsync();

        _h.Operator.Current = SwitchableOperator.Lead;
        var mine = await _h.Decisions.MyItemsAsync(campaign.Id);

        mine.Select(i => $"{i.GroupName}/{i.UserName}").Should().BeEquivalentTo("developers/alice", "developers/bob", "developers/dave");
        _h.Operator.Current = SwitchableOperator.Admin;
        (await _h.Decisions.MyItemsAsync(campaign.Id)).Should().HaveCount(5);
    }

    [Fact]
    public async Task DecideAsync_TeamLeadOnAnotherOwnersItem_IsDeniedAuditedAndNothingRecorded()
    {
        await _h.SeedTwoTeamsAsync();
        var campaign = await _h.StartCampaignAsync();
        var finance = _h.Item(campaign.Id, "finance", "carol");

        _h.Operator.Current = SwitchableOperator.Lead;
        var result = await _h.Decisions.DecideAsync(campaign.Id, [new DecisionRequest(finance.Id, ReviewVerdict.Revoke, "not mine")]);

        result.Status.Should().Be(CommandStatus.Denied);
        _h.Store.Decisions.Should().BeEmpty();
        var denied = _h.AuditOf(AuditActions.DecideReviewItems).Should().ContainSingle().Subject;
        denied.Outcome.Should().Be(AuditOutcomes.Denied);
        denied.OperatorSubject.Should().Be(SwitchableOperator.Lead.Subject);
        denied.ParametersJson.Should().Contain(finance.Id.ToString());
    }

    [Fact]
    public async Task DecideAsync_AuditorWithoutReviewAccess_IsDeniedAndAudited()
    {
        await _h.SeedTwoTeamsAsync();
        var campaign = await _h.StartCampaignAsync();
        var item = _h.Item(campaign.Id, "developers", "bob");

        _h.Operator.Current = SwitchableOperator.Auditor;
        var result = await _h.Decisions.DecideAsync(campaign.Id, [new DecisionRequest(item.Id, ReviewVerdict.Approve, null)]);

        result.Status.Should().Be(CommandStatus.Denied);
        _h.AuditOf(AuditActions.DecideReviewItems).Should().ContainSingle(r => r.Outcome == AuditOutcomes.Denied);
    }

    [Fact]
    public async Task DecideAsync_SeveralDecisions_LastWinsAndHistoryKeepsAll()
    {
        await _h.SeedTwoTeamsAsync();
        var campaign = await _h.StartCampaignAsync();
        var bob = _h.Item(campaign.Id, "developers", "bob");

        _h.Operator.Current = SwitchableOperator.Lead;
        (await _h.Decisions.DecideAsync(campaign.Id, [new DecisionRequest(bob.Id, ReviewVerdict.Approve, "needs it")])).Succeeded.Should().BeTrue();
        _h.Time.Advance(TimeSpan.FromHours(1));
        _h.Operator.Current = SwitchableOperator.Admin;
        (await _h.Decisions.DecideAsync(campaign.Id, [new DecisionRequest(bob.Id, ReviewVerdict.Revoke, "left the team")])).Succeeded.Should().BeTrue();

        _h.Item(campaign.Id, "developers", "bob").Decision!.Verdict.Should().Be(ReviewVerdict.Revoke);
        var history = await _h.Decisions.HistoryAsync(bob.Id);
        history.Select(d => (d.Verdict, d.DecidedByName)).Should().Equal((ReviewVerdict.Approve, "Lee Lead"), (ReviewVerdict.Revoke, "Ada Admin"));
    }

    [Fact]
    public async Task DecideAsync_JustificationRequiredAndMissing_ErrorAtTheField()
    {
        await _h.SeedTwoTeamsAsync();
        var campaign = await _h.StartCampaignAsync(justification: JustificationRequirement.Revoke);
        var bob = _h.Item(campaign.Id, "developers", "bob");

        _h.Operator.Current = SwitchableOperator.Lead;
        var result = await _h.Decisions.DecideAsync(campaign.Id, [new DecisionRequest(bob.Id, ReviewVerdict.Revoke, "  ")]);

        result.Status.Should().Be(CommandStatus.Invalid);
        result.Errors.Should().ContainKey(CampaignFields.Justification);
        (await _h.Decisions.DecideAsync(campaign.Id, [new DecisionRequest(bob.Id, ReviewVerdict.Approve, null)])).Succeeded.Should().BeTrue();
    }

    [Fact]
    public async Task AcceptRecommendationsAsync_DecidesOnlyMyUndecidedItemsByTheRecommendation()
    {
        await _h.SeedTwoTeamsAsync();
        var campaign = await _h.StartCampaignAsync();
        var alice = _h.Item(campaign.Id, "developers", "alice");
        _h.Operator.Current = SwitchableOperator.Lead;
        await _h.Decisions.DecideAsync(campaign.Id, [new DecisionRequest(alice.Id, ReviewVerdict.DontKnow, "unsure")]);

        var accepted = await _h.Decisions.AcceptRecommendationsAsync(campaign.Id);

        accepted.Value.Should().Be(2);
        _h.Item(campaign.Id, "developers", "alice").Decision!.Verdict.Should().Be(ReviewVerdict.DontKnow);
        _h.Item(campaign.Id, "developers", "bob").Decision!.Verdict.Should().Be(ReviewVerdict.Revoke);
        _h.Item(campaign.Id, "developers", "bob").RecommendationReason.Should().Be("no activity for 200 days");
        _h.Item(campaign.Id, "finance", "carol").Decision.Should().BeNull();
    }

    [Fact]
    public async Task PendingItemsForCurrentOperatorAsync_CountsOnlyMyUndecided()
    {
        await _h.SeedTwoTeamsAsync();
        var campaign = await _h.StartCampaignAsync();
        _h.Operator.Current = SwitchableOperator.OtherLead;
        (await _h.Decisions.PendingItemsForCurrentOperatorAsync()).Should().Be(2);

        await _h.Decisions.DecideAsync(campaign.Id, [new DecisionRequest(_h.Item(campaign.Id, "finance", "carol").Id, ReviewVerdict.Approve, null)]);

        (await _h.Decisions.PendingItemsForCurrentOperatorAsync()).Should().Be(1);
        _h.Operator.Current = SwitchableOperator.Auditor;
        (await _h.Decisions.PendingItemsForCurrentOperatorAsync()).Should().Be(0);
    }
}
