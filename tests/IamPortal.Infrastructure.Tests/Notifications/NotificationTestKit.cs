using IamPortal.Application.Notifications;
using IamPortal.Infrastructure.Tests.Persistence;
using IamPortal.Tests.Shared.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace IamPortal.Infrastructure.Tests.Notifications;

/// <summary>One portal instance's notification services over a test database, with its logs captured.</summary>
public sealed record NotificationInstance(ServiceProvider Services, string Holder)
{
    public IReviewNotifier Notifier => Services.GetRequiredService<IReviewNotifier>();
    public IReminderOutbox Outbox => Services.GetRequiredService<IReminderOutbox>();
    public ReminderDelivery Delivery => Services.GetRequiredService<ReminderDelivery>();
    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    public Task<int> DeliverAsync() => Delivery.DeliverDueAsync(Holder);

    /// <summary>Every log line with its exception, as a reader of the logs would see it.</summary>
    public IReadOnlyList<string> LogLines() =>
        Logs.GetSnapshot().Select(r => $"{r.Level} {r.Category}: {r.Message} {r.Exception}").ToList();

    public async Task<int> CountAsync(ReminderChannel channel, ReminderDeliveryStatus status) =>
        (await Outbox.CountAsync()).Where(c => c.Channel == channel && c.Status == status).Sum(c => c.Count);
}

/// <summary>Settings, sample reminders and instances for the notification tests.</summary>
public static class NotificationTestKit
{
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset DueAt = new(2026, 12, 15, 17, 0, 0, TimeSpan.Zero);
    public const string SmtpUser = "portal-mailer";
    public const string SmtpPassword = "Sm7p-P4ssw0rd-never-logged";

    public static NotificationInstance StartInstance(this PortalDatabase db, TimeProvider time, IReadOnlyDictionary<string, string?> settings, string holder = "instance-a")
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Notifications:Delivery:MaxAttempts"] = "3",
                ["Notifications:Delivery:RetryDelay"] = "00:01:00",
                ["Notifications:Delivery:MaxRetryDelay"] = "00:10:00",
                ["Notifications:Delivery:ClaimTimeout"] = "00:02:00",
                ["Notifications:Smtp:Timeout"] = "00:00:10",
            })
            .AddInMemoryCollection(settings)
            .Build();
        var services = db.StartInstance(s =>
        {
            s.AddSingleton(time);
            s.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace));
            s.AddFakeLogging();
            s.AddNotifications(configuration);
        });
        return new NotificationInstance(services, holder);
    }

    public static FakeTimeProvider Clock() => new(Now);

    public static Dictionary<string, string?> Smtp(LoopbackSmtpReceiver smtp, bool authenticate = false, string password = SmtpPassword) => new()
    {
        ["Notifications:Smtp:Host"] = smtp.Host,
        ["Notifications:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Notifications:Smtp:SecureSocketOptions"] = "None",
        ["Notifications:Smtp:From"] = "IAM Portal <iam-portal@example.test>",
        ["Notifications:Smtp:UserName"] = authenticate ? SmtpUser : null,
        ["Notifications:Smtp:Password"] = authenticate ? password : null,
    };

    public static Dictionary<string, string?> Webhook(LoopbackWebhookReceiver hook, WebhookFormat format = WebhookFormat.Json) => new()
    {
        ["Notifications:Webhook:Url"] = hook.Url.AbsoluteUri,
        ["Notifications:Webhook:Format"] = format.ToString(),
    };

    public static Dictionary<string, string?> Both(LoopbackSmtpReceiver smtp, LoopbackWebhookReceiver hook) =>
        Smtp(smtp).Concat(Webhook(hook)).ToDictionary();

    public static ReviewReminder Reminder(Guid? campaign = null, string reviewer = "lead-1", ReviewReminderKind kind = ReviewReminderKind.Started)
    {
        var id = campaign ?? Guid.Parse("6f1c2a9e-0000-4000-8000-000000000001");
        return new ReviewReminder(id, "Q4 access review", "123456789012", kind,
            new ReminderRecipient(reviewer, $"{reviewer}@example.test", "Lee <Lead> & Co"),
            ["R&D <ops>", "Admins"], 3, DueAt, new Uri($"https://portal.example.test/reviews/{id}?reviewer={reviewer}"));
    }
}
