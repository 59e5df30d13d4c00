using IamPortal.Application.Commands;

namespace IamPortal.Application.Notifications;

/// <summary>The notifications section of the settings: channels as configured (read-only), delivery counts, a test message.</summary>
public interface INotificationSettingsService
{
    /// <summary>The channels from configuration, secrets left out (auditors and admins).</summary>
    Task<NotificationChannelsView> GetChannelsAsync(CancellationToken ct = default);

    /// <summary>How many reminders are pending, sent, failed and not sent (no channel), per channel (auditors and admins).</summary>
    Task<IReadOnlyList<ReminderDeliveryCount>> GetDeliveryCountsAsync(CancellationToken ct = default);

    /// <summary>
    /// Sends a test message now through <paramref name="channel"/> (admins, audited): an email to the operator's own
    /// address, or a webhook post; <paramref name="portalLink"/> is the link it carries.
    /// </summary>
    Task<CommandResult<TestMessageResult>> SendTestAsync(ReminderChannel channel, Uri portalLink, CancellationToken ct = default);
}
