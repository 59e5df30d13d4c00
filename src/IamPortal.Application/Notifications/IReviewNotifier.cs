namespace IamPortal.Application.Notifications;

/// <summary>Why a reviewer is told about a campaign: it started, it is half way, or it is due within a day.</summary>
public enum ReviewReminderKind { Started, Midpoint, DueSoon }

/// <summary>A reviewer to remind, in an account.</summary>
public sealed record ReminderRecipient(string Subject, string Email, string DisplayName);

/// <summary>
/// One reminder to one reviewer who still has undecided items in a campaign: the groups they review there, how many
/// items wait, and an absolute link to the review page. Built by the campaign scheduler (Reviews), delivered by
/// Notifications (email and webhook).
/// </summary>
public sealed record ReviewReminder(
    Guid CampaignId,
    string CampaignName,
    string AccountId,
    ReviewReminderKind Kind,
    ReminderRecipient Reviewer,
    IReadOnlyList<string> GroupNames,
    int PendingItems,
    DateTimeOffset DueAt,
    Uri ReviewLink);

/// <summary>
/// Queues reminders for delivery. Never throws for a delivery problem and never waits for SMTP or the webhook: the
/// campaign goes on whatever happens to its reminders. A queued reminder is delivered (and retried) in the background;
/// the same (campaign, reviewer, kind) queued twice is delivered once.
/// </summary>
public interface IReviewNotifier
{
    Task QueueAsync(IReadOnlyList<ReviewReminder> reminders, CancellationToken ct = default);
}
