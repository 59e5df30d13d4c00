namespace IamPortal.Application.Notifications;

/// <summary>How a reminder leaves the portal. None: no channel was configured when it was queued.</summary>
public enum ReminderChannel { None, Email, Webhook }

/// <summary>
/// Pending: waiting for its (next) attempt. Sending: claimed by one instance right now. Sent. Failed: every attempt
/// failed. NotSent: no channel configured, recorded so settings can show what was missed.
/// </summary>
public enum ReminderDeliveryStatus { Pending, Sending, Sent, Failed, NotSent }

/// <summary>One reminder for one channel, as queued.</summary>
public sealed record OutboxReminder(ReviewReminder Reminder, ReminderChannel Channel, ReminderDeliveryStatus Status, string? Note = null);

/// <summary>A reminder this instance claimed for its <paramref name="Attempt"/>-th attempt (1 for the first).</summary>
public sealed record ClaimedReminder(Guid Id, ReminderChannel Channel, ReviewReminder Reminder, int Attempt);

/// <summary>How many reminders are in a status for a channel.</summary>
public sealed record ReminderDeliveryCount(ReminderChannel Channel, ReminderDeliveryStatus Status, int Count);

/// <summary>
/// The outbox: reminders written by <see cref="IReviewNotifier.QueueAsync"/> and sent in the background. One row per
/// (campaign, reviewer, kind, channel): adding it again is ignored. A claim is atomic, so with several portal instances
/// each reminder is sent by one of them.
/// </summary>
public interface IReminderOutbox
{
    /// <summary>Adds what is not there yet (by campaign, reviewer subject, kind and channel); returns how many were new.</summary>
    Task<int> AddAsync(IReadOnlyList<OutboxReminder> reminders, CancellationToken ct = default);

    /// <summary>
    /// Claims up to <paramref name="max"/> reminders due at <paramref name="now"/> (pending and due, or claimed by an
    /// instance whose claim has expired) for <paramref name="holder"/> until now + <paramref name="claimFor"/>.
    /// </summary>
    Task<IReadOnlyList<ClaimedReminder>> ClaimDueAsync(string holder, DateTimeOffset now, TimeSpan claimFor, int max, CancellationToken ct = default);

    Task MarkSentAsync(Guid id, string holder, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>Back to pending, due again at <paramref name="nextAttemptAt"/>; <paramref name="error"/> has no secret in it.</summary>
    Task MarkRetryAsync(Guid id, string holder, DateTimeOffset nextAttemptAt, string error, CancellationToken ct = default);

    Task MarkFailedAsync(Guid id, string holder, DateTimeOffset at, string error, CancellationToken ct = default);

    Task<IReadOnlyList<ReminderDeliveryCount>> CountAsync(CancellationToken ct = default);
}
