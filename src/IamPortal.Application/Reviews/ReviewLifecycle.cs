using Cronos;
using IamPortal.Application.Audit;
using IamPortal.Application.Inventory;
using IamPortal.Application.Jobs;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Reviews;

/// <summary>
/// A campaign's state changes, shared by the admin's commands and the scheduler: start (snapshot, SHA-256 audited, the
/// next occurrence of a recurring campaign scheduled), end (undecided items take the default), apply (one journaled
/// job, resumable), cancel. Each is audited (ManageSettings) against whoever acts: an admin or the scheduler.
/// </summary>
public sealed class ReviewLifecycle(
    IReviewStore store,
    IInventoryService inventory,
    ReviewSnapshotBuilder snapshots,
    ReviewApplyJobs applyJobs,
    IAuditedOperations audited,
    IOperatorContext operators,
    TimeProvider time)
{
    public async Task<ReviewCampaign> StartAsync(ReviewCampaign campaign, CancellationToken ct)
    {
        var parameters = new Dictionary<string, object?> { ["CampaignId"] = campaign.Id };
        return await audited.RunAsync(Permission.ManageSettings, AuditActions.StartReviewCampaign, campaign.Name, parameters, async c =>
        {
            var items = await snapshots.BuildAsync(campaign, await inventory.RefreshAsync(c), c);
            await store.AddItemsAsync(items, c);
            var hash = ReviewSnapshotBuilder.HashOf(items);
            (parameters["Items"], parameters["SnapshotSha256"]) = (items.Count, hash);
            var started = campaign with { State = CampaignState.Active, StartedAt = time.GetUtcNow(), SnapshotSha256 = hash };
            await store.SaveCampaignAsync(started, c);
            await ScheduleNextOccurrenceAsync(started, c);
            return started;
        }, ct);
    }

    /// <summary>Undecided items take the campaign's default; revocations wait for apply, everything else is Kept.</summary>
    public async Task<ReviewCampaign> EndAsync(ReviewCampaign campaign, CancellationToken ct)
    {
        var parameters = new Dictionary<string, object?> { ["CampaignId"] = campaign.Id };
        return await audited.RunAsync(Permission.ManageSettings, AuditActions.EndReviewCampaign, campaign.Name, parameters, async c =>
        {
            var items = (await store.ListItemsAsync(campaign.Id, c)).Select(i => Final(campaign, i)).ToList();
            await store.UpdateOutcomesAsync(items, c);
            (parameters["Undecided"], parameters["Revoked"]) = (items.Count(i => i.DecidedByDefault), items.Count(i => i.FinalVerdict == ReviewVerdict.Revoke));
            var ended = campaign with { State = CampaignState.Ended, EndedAt = time.GetUtcNow() };
            await store.SaveCampaignAsync(ended, c);
            return ended;
        }, ct);
    }

    public async Task<ReviewCampaign> CancelAsync(ReviewCampaign campaign, CancellationToken ct) =>
        await audited.RunAsync(Permission.ManageSettings, AuditActions.CancelReviewCampaign, campaign.Name,
            new Dictionary<string, object?> { ["CampaignId"] = campaign.Id }, async c =>
            {
                var cancelled = campaign with { State = CampaignState.Cancelled, CancelledAt = time.GetUtcNow() };
                await store.SaveCampaignAsync(cancelled, c);
                return cancelled;
            }, ct);

    /// <summary>
    /// Applies an Ended campaign (creating its job) or resumes an Applying one; Applied once every step is done. The
    /// items' results follow the journal after every run, also a failed one.
    /// </summary>
    public async Task<(ReviewCampaign Campaign, Job Job, JobConflict? Conflict)> ApplyAsync(ReviewCampaign campaign, IProgress<Job>? observer, CancellationToken ct)
    {
        var parameters = new Dictionary<string, object?> { ["CampaignId"] = campaign.Id };
        return await audited.RunAsync(Permission.ManageSettings, AuditActions.ApplyReviewCampaign, campaign.Name, parameters, async c =>
        {
            var items = await store.ListItemsAsync(campaign.Id, c);
            var job = campaign.ApplyJobId is { } id ? await applyJobs.GetAsync(id, c) : null;
            if (job is null)
            {
                job = applyJobs.Create(campaign, items.Where(i => i.FinalVerdict == ReviewVerdict.Revoke), operators.Current.Name);
                await store.UpdateOutcomesAsync(items.Where(i => i.FinalVerdict != ReviewVerdict.Revoke)
                    .Select(i => i with { ApplyResult = ApplyResult.Kept, AppliedBy = operators.Current.Name, AppliedAt = time.GetUtcNow() }).ToList(), c);
                campaign = campaign with { State = CampaignState.Applying, ApplyingAt = time.GetUtcNow(), ApplyJobId = job.Id };
                await store.SaveCampaignAsync(campaign, c);
            }
            parameters["JobId"] = job.Id;
            parameters["Revocations"] = job.Steps.Count;
            var (ran, conflict) = await applyJobs.RunAsync(job, observer, c);
            await store.UpdateOutcomesAsync(ReviewApplyJobs.Outcomes(ran, items, operators.Current.Name), c);
            parameters["JobStatus"] = ran.Status.ToString();
            if (ran.Status == JobStatus.Succeeded)
            {
                campaign = campaign with { State = CampaignState.Applied, AppliedAt = time.GetUtcNow() };
                await store.SaveCampaignAsync(campaign, c);
            }
            return (campaign, ran, conflict);
        }, ct);
    }

    /// <summary>The verdict an item ends with: its last decision, else the default (NoChange keeps access as "don't know").</summary>
    public static ReviewItem Final(ReviewCampaign campaign, ReviewItem item)
    {
        if (item.Decision is { } decided) return item with { FinalVerdict = decided.Verdict, DecidedByDefault = false, ApplyResult = ApplyResult.Pending };
        var verdict = campaign.DefaultDecision switch
        {
            DefaultDecision.Revoke => ReviewVerdict.Revoke,
            DefaultDecision.Approve => ReviewVerdict.Approve,
            DefaultDecision.TakeRecommendation => item.Recommendation == Recommendation.Revoke ? ReviewVerdict.Revoke : ReviewVerdict.Approve,
            _ => ReviewVerdict.DontKnow,
        };
        return item with { FinalVerdict = verdict, DecidedByDefault = true, ApplyResult = ApplyResult.Pending };
    }

    /// <summary>A recurring campaign's next occurrence: a new Scheduled campaign at the cron's next time after this start, same window length.</summary>
    public async Task<ReviewCampaign?> ScheduleNextOccurrenceAsync(ReviewCampaign campaign, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(campaign.Recurrence)) return null;
        var all = await store.ListCampaignsAsync(campaign.AccountId, null, ct);
        if (all.Any(c => c.PreviousOccurrenceId == campaign.Id)) return null;
        var next = CronExpression.Parse(campaign.Recurrence).GetNextOccurrence(campaign.StartAt.UtcDateTime, TimeZoneInfo.Utc);
        if (next is null) return null;
        var start = new DateTimeOffset(next.Value, TimeSpan.Zero);
        var occurrence = campaign with
        {
            Id = Guid.NewGuid(), State = CampaignState.Scheduled, StartAt = start, DueAt = start + (campaign.DueAt - campaign.StartAt),
            CreatedAt = time.GetUtcNow(), StartedAt = null, EndedAt = null, ApplyingAt = null, AppliedAt = null, CancelledAt = null,
            PreviousOccurrenceId = campaign.Id, SnapshotSha256 = null, ApplyJobId = null, RemindersSent = [],
            Name = OccurrenceName(campaign.Name, start),
        };
        await store.SaveCampaignAsync(occurrence, ct);
        return occurrence;
    }

    private static string OccurrenceName(string name, DateTimeOffset start)
    {
        var at = name.LastIndexOf(" (", StringComparison.Ordinal);
        var baseName = at > 0 && name.EndsWith(')') ? name[..at] : name;
        return $"{baseName} ({start:yyyy-MM-dd})";
    }
}
