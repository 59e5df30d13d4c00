using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Iam;
using IamPortal.Application.Jobs;
using IamPortal.Application.Reviews;

namespace IamPortal.Application.Tests.Reviews;

public class ReviewLifecycleTests
{
    private readonly ReviewsHarness _h = new();

    [Fact]
    public async Task CreateAsync_StartNow_SnapshotsMembershipAndAuditsItsHash()
    {
        await _h.SeedTwoTeamsAsync();
        var campaign = await _h.StartCampaignAsync();

        campaign.State.Should().Be(CampaignState.Active);
        campaign.StartedAt.Should().Be(_h.Time.GetUtcNow());
        (await _h.Store.ListItemsAsync(campaign.Id)).Should().HaveCount(5);
        var start = _h.AuditOf(AuditActions.StartReviewCampaign).Should().ContainSingle().Subject;
        start.ParametersJson.Should().Contain(campaign.SnapshotSha256!).And.Contain("\"Items\":5");
        campaign.SnapshotSha256.Should().MatchRegex("^[0-9a-f]{64}$");
    }

    [Fact]
    public async Task CreateAsync_OrphanedGroup_FallbackReviewerGetsItsItems()
    {
        await _h.SeedTwoTeamsAsync();
        _h.AddGroup("orphans");
        _h.AddUser("erin", 1, "orphans");
        await _h.Ownership.SetFallbackReviewerAsync(ReviewsHarness.Reviewer(SwitchableOperator.OtherLead));

        var campaign = await _h.StartCampaignAsync();

        _h.Item(campaign.Id, "orphans", "erin").Reviewers.Should().ContainSingle(r => r.Subject == SwitchableOperator.OtherLead.Subject);
        _h.Item(campaign.Id, "developers", "bob").Reviewers.Should().ContainSingle(r => r.Subject == SwitchableOperator.Lead.Subject);
    }

    [Theory]
    [InlineData(DefaultDecision.NoChange, ReviewVerdict.DontKnow, ReviewVerdict.DontKnow)]
    [InlineData(DefaultDecision.Revoke, ReviewVerdict.Revoke, ReviewVerdict.Revoke)]
    [InlineData(DefaultDecision.Approve, ReviewVerdict.Approve, ReviewVerdict.Approve)]
    [InlineData(DefaultDecision.TakeRecommendation, ReviewVerdict.Approve, ReviewVerdict.Revoke)]
    public async Task EndNowAsync_UndecidedItems_TakeTheDefault(DefaultDecision defaultDecision, ReviewVerdict active, ReviewVerdict inactive)
    {
        await _h.SeedTwoTeamsAsync();
        var campaign = await _h.StartCampaignAsync(defaultDecision);
        await _h.Decisions.DecideAsync(campaign.Id, [new DecisionRequest(_h.Item(campaign.Id, "finance", "carol").Id, ReviewVerdict.Revoke, "moved on")]);

        var ended = await _h.Campaigns.EndNowAsync(campaign.Id);

        ended.Value!.State.Should().Be(CampaignState.Ended);
        _h.Item(campaign.Id, "developers", "alice").FinalVerdict.Should().Be(active);
        _h.Item(campaign.Id, "developers", "alice").DecidedByDefault.Should().BeTrue();
        _h.Item(campaign.Id, "developers", "bob").FinalVerdict.Should().Be(inactive);
        _h.Item(campaign.Id, "finance", "carol").FinalVerdict.Should().Be(ReviewVerdict.Revoke);
        _h.Item(campaign.Id, "finance", "carol").DecidedByDefault.Should().BeFalse();
        _h.AuditOf(AuditActions.EndReviewCampaign).Should().ContainSingle(r => r.Outcome == AuditOutcomes.Success);
    }

    [Fact]
    public async Task ApplyAsync_ThrottledThenResumed_RemovesEveryRevokedMemberExactlyOnce()
    {
        await _h.SeedTwoTeamsAsync();
        var campaign = await _h.StartCampaignAsync(DefaultDecision.Revoke);
        await _h.Decisions.DecideAsync(campaign.Id, [new DecisionRequest(_h.Item(campaign.Id, "developers", "alice").Id, ReviewVerdict.Approve, "active")]);
        await _h.Campaigns.EndNowAsync(campaign.Id);
        var calls = new List<string>();
        var throttled = 0;
        _h.Iam.RemoveUserFromGroupAsync(default!, default!, default).ReturnsForAnyArgs(c =>
        {
            var key = $"{c.ArgAt<string>(0)}/{c.ArgAt<string>(1)}";
            // IAM throttles the second removal twice (past the client's own retries), then lets it through.
            if (key == "developers/dave" && throttled++ < 2) throw IamException.From(IamErrorCodes.Throttling, "Rate exceeded", null, 400);
            calls.Add(key);
            return Task.CompletedTask;
        });

        var first = await _h.Campaigns.ApplyAsync(campaign.Id);
        first.Status.Should().Be(CommandStatus.Failed);
        (await _h.Store.GetCampaignAsync(campaign.Id))!.State.Should().Be(CampaignState.Applying);
        _h.Item(campaign.Id, "developers", "dave").ApplyResult.Should().Be(ApplyResult.Failed);
        var second = await _h.Campaigns.ApplyAsync(campaign.Id);
        second.Status.Should().Be(CommandStatus.Failed);
        var third = await _h.Campaigns.ApplyAsync(campaign.Id);

        third.Succeeded.Should().BeTrue(third.Error);
        third.Value!.Job.Steps.Should().HaveCount(4).And.OnlyContain(s => s.Status == StepStatus.Succeeded);
        calls.Should().BeEquivalentTo("developers/bob", "developers/dave", "finance/carol", "finance/dave");
        calls.Should().OnlyHaveUniqueItems();
        _h.Jobs.Jobs.Values.Should().ContainSingle(j => j.Kind == ReviewApplyJobs.Kind);
        var applied = (await _h.Store.GetCampaignAsync(campaign.Id))!;
        applied.State.Should().Be(CampaignState.Applied);
        applied.AppliedAt.Should().NotBeNull();
        _h.Item(campaign.Id, "developers", "alice").ApplyResult.Should().Be(ApplyResult.Kept);
        _h.Item(campaign.Id, "developers", "dave").ApplyResult.Should().Be(ApplyResult.Removed);
        _h.Item(campaign.Id, "developers", "dave").AppliedBy.Should().Be("Ada Admin");
        _h.AuditOf(AuditActions.RemoveFromGroup).Where(r => r.Outcome == AuditOutcomes.Success).Should().HaveCount(4);
        (await _h.Campaigns.ApplyAsync(campaign.Id)).Error.Should().Contain("applied already");
    }

    [Fact]
    public async Task ApplyAsync_MemberAlreadyLeftTheGroup_IsNotApplicable()
    {
        await _h.SeedTwoTeamsAsync();
        var campaign = await _h.StartCampaignAsync(DefaultDecision.Revoke);
        await _h.Campaigns.EndNowAsync(campaign.Id);
        // bob left developers after the snapshot; carol's user was deleted.
        _h.Iam.ListGroupsForUserAsync("bob", default).ReturnsForAnyArgs(c => c.Arg<string>() switch
        {
            "bob" => (IReadOnlyList<IamGroup>)[],
            "carol" => throw new NoSuchEntityException("The user with name carol cannot be found."),
            var u => _h.Users.Single(x => x.UserName == u).Groups.Select(ReviewsHarness.GroupOf).ToList(),
        });

        var result = await _h.Campaigns.ApplyAsync(campaign.Id);

        result.Succeeded.Should().BeTrue(result.Error);
        _h.Item(campaign.Id, "developers", "bob").ApplyResult.Should().Be(ApplyResult.NotApplicable);
        _h.Item(campaign.Id, "finance", "carol").ApplyResult.Should().Be(ApplyResult.NotApplicable);
        _h.Item(campaign.Id, "developers", "alice").ApplyResult.Should().Be(ApplyResult.Removed);
        await _h.Iam.DidNotReceive().RemoveUserFromGroupAsync("developers", "bob", Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task ApplyAsync_TeamLead_IsDeniedAndAudited()
    {
        await _h.SeedTwoTeamsAsync();
        var campaign = await _h.StartCampaignAsync(DefaultDecision.Revoke);
        await _h.Campaigns.EndNowAsync(campaign.Id);

        _h.Operator.Current = SwitchableOperator.Lead;
        var result = await _h.Campaigns.ApplyAsync(campaign.Id);

        result.Status.Should().Be(CommandStatus.Denied);
        _h.AuditOf(AuditActions.ApplyReviewCampaign).Should().ContainSingle(r => r.Outcome == AuditOutcomes.Denied);
        await _h.Iam.DidNotReceiveWithAnyArgs().RemoveUserFromGroupAsync(default!, default!, default);
    }
}
