using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IamPortal.Application.Notifications;

/// <summary>
/// <see cref="IReviewNotifier"/> for the portal: writes one outbox row per reminder and configured channel and returns;
/// <c>NotificationDeliveryService</c> sends them. With no channel configured, each reminder is recorded as "not sent:
/// no channel configured" (settings shows the count). Never throws for the caller: a campaign goes on whatever happens
/// to its reminders, so even the outbox failing to write is logged and swallowed.
/// </summary>
public sealed class OutboxReviewNotifier(
    IReminderOutbox outbox,
    IOptionsMonitor<NotificationOptions> options,
    ILogger<OutboxReviewNotifier> logger) : IReviewNotifier
{
    public const string NoChannelNote = "not sent: no channel configured";

    public async Task QueueAsync(IReadOnlyList<ReviewReminder> reminders, CancellationToken ct = default)
    {
        if (reminders.Count == 0) return;
        var channels = ConfiguredChannels(options.CurrentValue);
        var rows = reminders.SelectMany(r => channels.Count == 0
            ? [new OutboxReminder(r, ReminderChannel.None, ReminderDeliveryStatus.NotSent, NoChannelNote)]
            : channels.Select(c => new OutboxReminder(r, c, ReminderDeliveryStatus.Pending))).ToList();
        try
        {
            var added = await outbox.AddAsync(rows, ct);
            if (channels.Count == 0)
                logger.LogWarning("{Count} review reminders not sent: no notification channel configured (Notifications:Smtp, Notifications:Webhook)", added);
            else
                logger.LogInformation("Queued {Count} review reminders ({Duplicates} already queued) for {Channels}", added, rows.Count - added, string.Join(", ", channels));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            logger.LogError("Could not queue {Count} review reminders: {Error}", rows.Count, NotificationRedaction.Describe(e, options.CurrentValue));
        }
    }

    public static IReadOnlyList<ReminderChannel> ConfiguredChannels(NotificationOptions o)
    {
        var channels = new List<ReminderChannel>(2);
        if (o.Smtp.IsConfigured) channels.Add(ReminderChannel.Email);
        if (o.Webhook.IsConfigured) channels.Add(ReminderChannel.Webhook);
        return channels;
    }
}
