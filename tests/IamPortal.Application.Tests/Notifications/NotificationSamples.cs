using IamPortal.Application.Notifications;
using IamPortal.Application.Tests.Fakes;
using Microsoft.Extensions.Options;

namespace IamPortal.Application.Tests.Notifications;

public static class NotificationSamples
{
    public const string Password = "Sm7p-P4ssw0rd";
    public const string HookUrl = "https://hooks.slack.com/services/T000/B000/XyZsecretToken?key=q1";

    public static NotificationOptions Options(bool smtp = true, bool webhook = true, WebhookFormat format = WebhookFormat.Json) => new()
    {
        Smtp = smtp ? new SmtpOptions { Host = "smtp.example.test", Port = 587, From = "portal@example.test", UserName = "mailer", Password = Password } : new SmtpOptions(),
        Webhook = webhook ? new WebhookOptions { Url = HookUrl, Format = format } : new WebhookOptions(),
    };

    public static IOptionsMonitor<NotificationOptions> Monitor(NotificationOptions options)
    {
        var monitor = Substitute.For<IOptionsMonitor<NotificationOptions>>();
        monitor.CurrentValue.Returns(options);
        return monitor;
    }

    public static ReviewReminder Reminder(ReviewReminderKind kind = ReviewReminderKind.Started, params string[] groups) => new(
        Guid.Parse("0b7d1f3c-1111-4000-8000-000000000002"), "Q4 <review>", "123456789012", kind,
        new ReminderRecipient("lead-1", "lead@example.test", "Lee & Co"),
        groups.Length == 0 ? ["Admins", "Developers"] : groups, 1, Sample.Now.AddDays(14),
        new Uri("https://portal.example.test/reviews/0b7d1f3c-1111-4000-8000-000000000002"));
}
