using IamPortal.Application.Commands;
using IamPortal.Application.Notifications;
using Microsoft.AspNetCore.Components;

namespace IamPortal.Web.Features.Notifications;

public partial class NotificationDeliveryCounts
{
    private CommandResult<IReadOnlyList<ReminderDeliveryCount>>? _read;

    [Inject] private INotificationSettingsService Settings { get; set; } = default!;

    protected override async Task OnInitializedAsync() =>
        _read = await CommandResult.CaptureAsync(() => Settings.GetDeliveryCountsAsync());

    private static int NotSent(IReadOnlyList<ReminderDeliveryCount> counts) =>
        counts.Where(c => c.Status == ReminderDeliveryStatus.NotSent).Sum(c => c.Count);

    private static string ChannelName(ReminderChannel channel) => channel switch
    {
        ReminderChannel.Email => "Email",
        ReminderChannel.Webhook => "Webhook",
        _ => "None",
    };

    private static string StatusName(ReminderDeliveryStatus status) => status switch
    {
        ReminderDeliveryStatus.Pending => "Pending (waiting for its next attempt)",
        ReminderDeliveryStatus.Sending => "Sending",
        ReminderDeliveryStatus.Sent => "Sent",
        ReminderDeliveryStatus.Failed => "Failed after every retry",
        _ => "Not sent: no channel configured",
    };
}
