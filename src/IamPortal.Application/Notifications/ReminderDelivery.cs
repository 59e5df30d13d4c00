using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IamPortal.Application.Notifications;

/// <summary>
/// One delivery round: claims the reminders that are due (atomically, so two instances never send the same one), sends
/// each through its channel, and marks it sent, due again after a backoff (RetryDelay × 2^(attempt−1), capped), or
/// failed after MaxAttempts. Failures are logged with the SMTP host or the webhook's host only, never a credential.
/// </summary>
public sealed class ReminderDelivery(
    IReminderOutbox outbox,
    IEmailSender email,
    IWebhookSender webhook,
    IOptionsMonitor<NotificationOptions> options,
    TimeProvider time,
    ILogger<ReminderDelivery> logger)
{
    /// <summary>Sends what is due now as <paramref name="holder"/> (this instance); returns how many were sent.</summary>
    public async Task<int> DeliverDueAsync(string holder, CancellationToken ct = default)
    {
        var settings = options.CurrentValue;
        var claimed = await outbox.ClaimDueAsync(holder, time.GetUtcNow(), settings.Delivery.ClaimTimeout, settings.Delivery.BatchSize, ct);
        var sent = 0;
        foreach (var item in claimed)
            if (await DeliverAsync(item, holder, settings, ct)) sent++;
        return sent;
    }

    private async Task<bool> DeliverAsync(ClaimedReminder item, string holder, NotificationOptions settings, CancellationToken ct)
    {
        var r = item.Reminder;
        try
        {
            await SendAsync(item, settings, ct);
            await outbox.MarkSentAsync(item.Id, holder, time.GetUtcNow(), ct);
            logger.LogInformation("Review reminder {Kind} for campaign {CampaignId} sent by {Channel} to {Destination}",
                r.Kind, r.CampaignId, item.Channel, Destination(item.Channel, settings));
            return true;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw; // stopping: the claim expires and another round (or instance) sends it
        }
        catch (Exception e)
        {
            var error = NotificationRedaction.Describe(e, settings);
            var now = time.GetUtcNow();
            if (item.Attempt >= settings.Delivery.MaxAttempts)
            {
                await outbox.MarkFailedAsync(item.Id, holder, now, error, CancellationToken.None);
                logger.LogError("Review reminder {Kind} for campaign {CampaignId} by {Channel} to {Destination} failed after {Attempts} attempts: {Error}",
                    r.Kind, r.CampaignId, item.Channel, Destination(item.Channel, settings), item.Attempt, error);
            }
            else
            {
                var next = now + settings.Delivery.BackoffAfter(item.Attempt);
                await outbox.MarkRetryAsync(item.Id, holder, next, error, CancellationToken.None);
                logger.LogWarning("Review reminder {Kind} for campaign {CampaignId} by {Channel} to {Destination} failed (attempt {Attempt} of {MaxAttempts}), next attempt at {NextAttempt}: {Error}",
                    r.Kind, r.CampaignId, item.Channel, Destination(item.Channel, settings), item.Attempt, settings.Delivery.MaxAttempts, next, error);
            }
            return false;
        }
    }

    private Task SendAsync(ClaimedReminder item, NotificationOptions settings, CancellationToken ct) => item.Channel switch
    {
        ReminderChannel.Email => email.SendAsync(ReminderEmailComposer.Compose(item.Reminder), ct),
        ReminderChannel.Webhook => webhook.PostAsync(ReminderWebhookPayload.For(item.Reminder, settings.Webhook.Format), ct),
        _ => throw new NotificationDeliveryException($"No sender for channel {item.Channel}."),
    };

    /// <summary>Where a channel sends, as far as a log may say: the SMTP host and port, the webhook's scheme and host.</summary>
    public static string Destination(ReminderChannel channel, NotificationOptions settings) => channel switch
    {
        ReminderChannel.Email => $"{settings.Smtp.Host}:{settings.Smtp.Port}",
        ReminderChannel.Webhook => NotificationRedaction.RedactUrl(settings.Webhook.Endpoint),
        _ => "nowhere",
    };
}
