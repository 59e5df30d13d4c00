using IamPortal.Application.Jobs;
using IamPortal.Application.Notifications;
using Microsoft.Extensions.Options;

namespace IamPortal.Web.Hosting;

/// <summary>
/// Sends queued review reminders (ADR 0020): every <c>Notifications:Delivery:PollInterval</c>, one delivery round
/// claims what is due and sends it. Every instance runs it: a claim is atomic per reminder, so two instances share the
/// work and never send the same reminder twice, and a reminder claimed by an instance that died is taken over when its
/// claim expires. A full batch is followed by another round at once. A round that fails is logged and the next runs.
/// </summary>
public sealed class NotificationDeliveryService(
    ReminderDelivery delivery,
    JobLeaseOptions leaseOptions,
    IOptionsMonitor<NotificationOptions> options,
    TimeProvider time,
    ILogger<NotificationDeliveryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var settings = options.CurrentValue;
            var sent = 0;
            try
            {
                sent = await delivery.DeliverDueAsync(leaseOptions.InstanceId, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning("Review reminder delivery round failed; the next is in {Interval}: {Error}",
                    settings.Delivery.PollInterval, NotificationRedaction.Describe(e, settings));
            }
            if (sent >= settings.Delivery.BatchSize) continue;
            try { await Task.Delay(settings.Delivery.PollInterval, time, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }
}
