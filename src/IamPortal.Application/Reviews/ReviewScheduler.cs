using IamPortal.Application.Accounts;
using IamPortal.Application.Jobs;
using IamPortal.Application.Notifications;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IamPortal.Application.Reviews;

/// <summary>What one tick did (for logs and tests).</summary>
public sealed record ReviewTick(int Started, int Reminders, int Ended, int Applied);

/// <summary>
/// One pass over the account's campaigns at the clock's time: starts the scheduled ones that are due to start (which
/// schedules a recurring campaign's next occurrence), queues the Started / Midpoint / DueSoon reminders once each, only to
/// reviewers with undecided items, ends the campaigns past their due date, applies those that apply automatically, and
/// resumes apply jobs left unfinished (a failure or a restart). The host runs it on one instance (ReviewSchedulerService),
/// acting as <see cref="ReviewOperators.Scheduler"/>. A failing campaign is logged and does not stop the others.
/// </summary>
public sealed class ReviewScheduler(
    IReviewStore store,
    ReviewLifecycle lifecycle,
    IReviewNotifier notifier,
    ICurrentAccount account,
    IOptions<ReviewsOptions> options,
    TimeProvider time,
    ILogger<ReviewScheduler> logger)
{
    public async Task<ReviewTick> TickAsync(CancellationToken ct = default)
    {
        var accountId = (await account.GetAsync(ct)).AccountId;
        int started = 0, reminders = 0, ended = 0, applied = 0;
        foreach (var campaign in await store.ListCampaignsAsync(accountId,
                     [CampaignState.Scheduled, CampaignState.Active, CampaignState.Ended, CampaignState.Applying], ct))
        {
            try
            {
                var now = time.GetUtcNow();
                var current = campaign;
                if (current.State == CampaignState.Scheduled && current.StartAt <= now)
                {
                    current = await lifecycle.StartAsync(current, ct);
                    started++;
                }
                if (current.State == CampaignState.Active && current.DueAt > now)
                {
                    (current, var queued) = await RemindAsync(current, now, ct);
                    reminders += queued;
                }
                if (current.State == CampaignState.Active && current.DueAt <= now)
                {
                    current = await lifecycle.EndAsync(current, ct);
                    ended++;
                }
                if ((current.State == CampaignState.Ended && current.AutoApply) || current.State == CampaignState.Applying)
                {
                    var (after, job, conflict) = await lifecycle.ApplyAsync(current, null, ct);
                    if (conflict is null && after.State == CampaignState.Applied) applied++;
                    if (job.Status == JobStatus.Failed)
                        logger.LogWarning("Applying access review {CampaignId} stopped: {Failure}; the next tick resumes it", campaign.Id, job.FailureText(""));
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The review scheduler could not advance campaign {CampaignId}; it tries again at the next tick", campaign.Id);
            }
        }
        return new ReviewTick(started, reminders, ended, applied);
    }

    /// <summary>The reminder due now that was not queued yet (one per tick: the latest that applies), to reviewers with undecided items.</summary>
    private async Task<(ReviewCampaign Campaign, int Queued)> RemindAsync(ReviewCampaign campaign, DateTimeOffset now, CancellationToken ct)
    {
        var due = DueKinds(campaign, now).Where(k => !campaign.RemindersSent.Contains(k)).ToList();
        if (due.Count == 0) return (campaign, 0);
        var kind = due[^1];
        var items = await store.ListItemsAsync(campaign.Id, ct);
        var reminders = items.Where(i => !i.IsDecided)
            .SelectMany(i => i.Reviewers.Select(r => (Reviewer: r, Item: i)))
            .GroupBy(x => x.Reviewer.Subject)
            .Select(g => new ReviewReminder(campaign.Id, campaign.Name, campaign.AccountId, kind,
                new ReminderRecipient(g.First().Reviewer.Subject, g.First().Reviewer.Email, g.First().Reviewer.DisplayName),
                g.Select(x => x.Item.GroupName).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList(),
                g.Count(), campaign.DueAt, options.Value.ReviewLink(campaign.Id)))
            .ToList();
        if (reminders.Count > 0) await notifier.QueueAsync(reminders, ct);
        // Every kind due by now counts as sent: a campaign started late does not send a Started and a Midpoint at once.
        var updated = campaign with { RemindersSent = [.. campaign.RemindersSent.Union(due)] };
        await store.SaveCampaignAsync(updated, ct);
        return (updated, reminders.Count);
    }

    private IEnumerable<ReviewReminderKind> DueKinds(ReviewCampaign campaign, DateTimeOffset now)
    {
        var start = campaign.StartedAt ?? campaign.StartAt;
        yield return ReviewReminderKind.Started;
        if (now >= start + (campaign.DueAt - start) / 2) yield return ReviewReminderKind.Midpoint;
        if (now >= campaign.DueAt - options.Value.DueSoonBefore) yield return ReviewReminderKind.DueSoon;
    }
}
