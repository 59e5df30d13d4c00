using IamPortal.Application.Notifications;
using IamPortal.Infrastructure.Persistence;
using IamPortal.Infrastructure.Tests.Persistence;
using IamPortal.Tests.Shared.Notifications;
using static IamPortal.Infrastructure.Tests.Notifications.NotificationTestKit;

namespace IamPortal.Infrastructure.Tests.Notifications;

/// <summary>Every log line of a delivery (ours, MailKit's, HttpClient's), captured at Trace: no SMTP password, no webhook token.</summary>
public abstract class NotificationLoggingTests(DatabaseProvider provider) : PortalDatabaseTests(provider)
{
    public sealed class OnSqlite() : NotificationLoggingTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : NotificationLoggingTests(DatabaseProvider.Postgres);

    private static readonly string[] WebhookSecrets = ["s3cr3t-webhook-token", "s3cr3t-query", "B0TEST", LoopbackWebhookReceiver.SecretPath];

    [SkippableFact]
    public async Task Logs_FailedAndRetriedDeliveries_NameHostsButNoSecret()
    {
        await using var smtp = await LoopbackSmtpReceiver.StartAsync(SmtpUser, SmtpPassword);
        await using var hook = LoopbackWebhookReceiver.Start(500);
        var clock = Clock();
        // A wrong password first (the server refuses it), then the receiver answers 500 to the webhook.
        var settings = Smtp(smtp, authenticate: true, password: SmtpPassword + "-wrong").Concat(Webhook(hook)).ToDictionary();
        var portal = Db.StartInstance(clock, settings);

        await portal.Notifier.QueueAsync([Reminder()]);
        await portal.DeliverAsync();
        clock.Advance(TimeSpan.FromMinutes(1));
        await portal.DeliverAsync();

        hook.Accepted.Should().ContainSingle("the webhook retry went through");
        smtp.Messages.Should().BeEmpty("the password was wrong");
        var logs = portal.LogLines();
        logs.Should().Contain(l => l.Contains("refused the sign-in") && l.Contains($"127.0.0.1:{smtp.Port}"));
        logs.Should().Contain(l => l.Contains("answered 500") && l.Contains($"http://127.0.0.1:{hook.Port}/…"));
        logs.Should().NotContain(l => l.Contains(SmtpPassword));
        foreach (var secret in WebhookSecrets) logs.Should().NotContain(l => l.Contains(secret), $"'{secret}' is part of the webhook URL");
    }

    [SkippableFact]
    public async Task Outbox_FailedDelivery_StoresTheErrorWithoutSecrets()
    {
        await using var hook = LoopbackWebhookReceiver.Start(500);
        var portal = Db.StartInstance(Clock(), Webhook(hook));
        await portal.Notifier.QueueAsync([Reminder()]);

        await portal.DeliverAsync();

        await using var db = await Db.Get<IPortalDbContextFactory>().CreateAsync();
        var row = db.Set<IamPortal.Infrastructure.Persistence.Notifications.ReminderOutboxEntity>().Single();
        row.Status.Should().Be(ReminderDeliveryStatus.Pending);
        row.LastError.Should().Contain("answered 500");
        foreach (var secret in WebhookSecrets) row.LastError.Should().NotContain(secret);
    }
}
