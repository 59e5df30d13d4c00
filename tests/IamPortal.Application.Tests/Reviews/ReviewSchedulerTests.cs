using IamPortal.Application.Notifications;
using IamPortal.Application.Reviews;

namespace IamPortal.Application.Tests.Reviews;

public class ReviewSchedulerTests
{
    private readonly ReviewsHarness _h = new();

    private async Task<ReviewCampaign> ScheduleAsync(string? recurrence = null, bool autoApply = false)
    {
        await _h.SeedTwoTeamsAsync();
        var created = await _h.Campaigns.CreateAsync(new CampaignRequest
        {
            Name = "Quarterly", StartAt = _h.Time.GetUtcNow().AddDays(1), Duration = TimeSpan.FromDays(10), Recurrence = recurrence,
            DefaultDecision = DefaultDecision.TakeRecommendation, AutoApply = autoApply,
        });
        created.Succeeded.Should().BeTrue(created.Error);
        created.Value!.Campaign.State.Should().Be(CampaignState.Scheduled);
        return created.Value.Campaign;
    }

    [Fact]
    public async Task TickAsync_AtStart_StartsTheCampaignAndRemindsEachReviewer()
    {
        var campaign = await ScheduleAsync();
        (await _h.Scheduler.TickAsync()).Started.Should().Be(0);

        _h.Time.Advance(TimeSpan.FromDays(1));
        var tick = await _h.Scheduler.TickAsync();

        tick.Started.Should().Be(1);
        (await _h.Store.GetCampaignAsync(campaign.Id))!.State.Should().Be(CampaignState.Active);
        _h.Reminders.Should().HaveCount(2).And.OnlyContain(r => r.Kind == ReviewReminderKind.Started);
        var lead = _h.Reminders.Single(r => r.Reviewer.Subject == SwitchableOperator.Lead.Subject);
        lead.GroupNames.Should().Equal("developers");
        lead.PendingItems.Should().Be(3);
        lead.ReviewLink.Should().Be(new Uri($"https://portal.example.com/reviews/{campaign.Id}"));
        (await _h.Scheduler.TickAsync()).Reminders.Should().Be(0, "each reminder is queued once");
    }

    [Fact]
    public async Task TickAsync_MidpointAndDueSoon_RemindOnlyReviewersWithUndecidedItems()
    {
        var campaign = await ScheduleAsync();
        _h.Time.Advance(TimeSpan.FromDays(1));
        await _h.Scheduler.TickAsync();
        _h.Operator.Current = SwitchableOperator.OtherLead;
        (await _h.Decisions.AcceptRecommendationsAsync(campaign.Id)).Value.Should().Be(2);
        _h.Reminders.Clear();

        _h.Time.Advance(TimeSpan.FromDays(5));
        await _h.Scheduler.TickAsync();
        _h.Reminders.Should().ContainSingle().Which.Should().Match<ReviewReminder>(r => r.Kind == ReviewReminderKind.Midpoint && r.Reviewer.Subject == SwitchableOperator.Lead.Subject);

        _h.Reminders.Clear();
        _h.Time.Advance(TimeSpan.FromDays(4.5));
        await _h.Scheduler.TickAsync();
        _h.Reminders.Should().ContainSingle().Which.Kind.Should().Be(ReviewReminderKind.DueSoon);
    }

    [Fact]
    public async Task TickAsync_PastDueWithAutoApply_EndsAndApplies()
    {
        var campaign = await ScheduleAsync(autoApply: true);
        _h.Time.Advance(TimeSpan.FromDays(1));
        await _h.Scheduler.TickAsync();

        _h.Time.Advance(TimeSpan.FromDays(10));
        var tick = await _h.Scheduler.TickAsync();

        tick.Ended.Should().Be(1);
        tick.Applied.Should().Be(1);
        (await _h.Store.GetCampaignAsync(campaign.Id))!.State.Should().Be(CampaignState.Applied);
        // Take the recommendation: bob (200 days) and dave (never) are revoked, alice and carol kept.
        await _h.Iam.Received(1).RemoveUserFromGroupAsync("developers", "bob", Arg.Any<CancellationToken>());
        await _h.Iam.Received(1).RemoveUserFromGroupAsync("developers", "dave", Arg.Any<CancellationToken>());
        await _h.Iam.DidNotReceive().RemoveUserFromGroupAsync("developers", "alice", Arg.Any<CancellationToken>());
        _h.Item(campaign.Id, "finance", "carol").ApplyResult.Should().Be(ApplyResult.Kept);
    }

    [Fact]
    public async Task TickAsync_PastDueWithManualApply_EndsAndWaitsForAnAdmin()
    {
        var campaign = await ScheduleAsync();
        _h.Time.Advance(TimeSpan.FromDays(11));

        await _h.Scheduler.TickAsync();

        (await _h.Store.GetCampaignAsync(campaign.Id))!.State.Should().Be(CampaignState.Ended);
        await _h.Iam.DidNotReceiveWithAnyArgs().RemoveUserFromGroupAsync(default!, default!, default);
    }

    [Fact]
    public async Task TickAsync_RecurringCampaignStarts_CreatesTheNextOccurrenceOnce()
    {
        var campaign = await ScheduleAsync(recurrence: "0 9 1 */3 *");
        _h.Time.Advance(TimeSpan.FromDays(1));

        await _h.Scheduler.TickAsync();
        await _h.Scheduler.TickAsync();

        var next = _h.Store.Campaigns.Values.Should().ContainSingle(c => c.PreviousOccurrenceId == campaign.Id).Subject;
        next.State.Should().Be(CampaignState.Scheduled);
        next.StartAt.Should().Be(new DateTimeOffset(2027, 1, 1, 9, 0, 0, TimeSpan.Zero));
        (next.DueAt - next.StartAt).Should().Be(TimeSpan.FromDays(10));
        next.Recurrence.Should().Be("0 9 1 */3 *");
        next.Name.Should().Be("Quarterly (2027-01-01)");
    }
}
