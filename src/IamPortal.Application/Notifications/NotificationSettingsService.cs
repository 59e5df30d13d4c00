using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Operators;
using Microsoft.Extensions.Options;

namespace IamPortal.Application.Notifications;

public sealed class NotificationSettingsService(
    IOptionsMonitor<NotificationOptions> options,
    IReminderOutbox outbox,
    IEmailSender email,
    IWebhookSender webhook,
    IOperatorContext operatorContext,
    IAuditedOperations audited,
    TimeProvider time) : INotificationSettingsService
{
    public Task<NotificationChannelsView> GetChannelsAsync(CancellationToken ct = default)
    {
        operatorContext.Ensure(Permission.ReadAudit, "read the notification settings");
        var o = options.CurrentValue;
        var smtp = new SmtpSettingsView(o.Smtp.IsConfigured, NullIfEmpty(o.Smtp.Host), o.Smtp.Port, o.Smtp.SecureSocketOptions,
            NullIfEmpty(o.Smtp.From), NullIfEmpty(o.Smtp.UserName), !string.IsNullOrEmpty(o.Smtp.Password));
        var hook = new WebhookSettingsView(o.Webhook.IsConfigured,
            o.Webhook.Endpoint is { } url ? NotificationRedaction.RedactUrl(url) : null, o.Webhook.Format);
        return Task.FromResult(new NotificationChannelsView(smtp, hook));
    }

    public Task<IReadOnlyList<ReminderDeliveryCount>> GetDeliveryCountsAsync(CancellationToken ct = default)
    {
        operatorContext.Ensure(Permission.ReadAudit, "read the notification delivery counts");
        return outbox.CountAsync(ct);
    }

    public async Task<CommandResult<TestMessageResult>> SendTestAsync(ReminderChannel channel, Uri portalLink, CancellationToken ct = default)
    {
        const string action = AuditActions.SendTestNotification;
        var target = $"notifications:{channel}";
        var op = await audited.DemandAsync(Permission.ManageSettings, action, target, ct);
        var settings = options.CurrentValue;
        var parameters = new Dictionary<string, object?> { ["Channel"] = channel.ToString() };
        string? refusal = channel switch
        {
            ReminderChannel.Email when !email.IsConfigured => "Email is not configured (Notifications:Smtp:Host and From).",
            ReminderChannel.Email when string.IsNullOrWhiteSpace(op.Email) => "Your sign-in has no email address to send the test message to.",
            ReminderChannel.Webhook when !webhook.IsConfigured => "The webhook is not configured (Notifications:Webhook:Url).",
            ReminderChannel.Email or ReminderChannel.Webhook => null,
            _ => "Choose email or webhook.",
        };
        if (refusal is not null)
        {
            await audited.RecordInvalidAsync(action, target, parameters, refusal, ct);
            return CommandResult.Invalid<TestMessageResult>(nameof(channel), refusal);
        }

        var reminder = TestReminder(op, portalLink);
        var message = ReminderEmailComposer.Compose(reminder);
        message = message with { Subject = "[Test] " + message.Subject };
        var payload = ReminderWebhookPayload.For(reminder, settings.Webhook.Format);
        var sentTo = channel == ReminderChannel.Email
            ? $"{op.Email} through {ReminderDelivery.Destination(channel, settings)}"
            : $"the webhook at {ReminderDelivery.Destination(channel, settings)}";
        try
        {
            await audited.RunAsync(Permission.ManageSettings, action, target, parameters,
                c => channel == ReminderChannel.Email ? email.SendAsync(message, c) : webhook.PostAsync(payload, c), ct);
        }
        catch (Exception e) when (e is not (OperationCanceledException or PortalAccessDeniedException or System.Data.Common.DbException))
        {
            // SMTP or the webhook refused: the audit entry says Failed; the page shows why, without a secret.
            return CommandResult.Failed<TestMessageResult>($"The test message did not go through: {NotificationRedaction.Describe(e, settings)}");
        }
        return CommandResult.Ok(new TestMessageResult(channel, sentTo));
    }

    private ReviewReminder TestReminder(OperatorIdentity op, Uri portalLink) => new(
        Guid.Empty, "Test message from IAM Portal", "000000000000", ReviewReminderKind.Started,
        new ReminderRecipient(op.Subject, op.Email ?? "", op.Name), ["example-group"], 1,
        time.GetUtcNow().AddDays(7), portalLink);

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
