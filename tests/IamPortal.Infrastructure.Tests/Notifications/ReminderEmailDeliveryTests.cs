using IamPortal.Application.Notifications;
using IamPortal.Infrastructure.Persistence;
using IamPortal.Infrastructure.Tests.Persistence;
using IamPortal.Tests.Shared.Notifications;
using static IamPortal.Infrastructure.Tests.Notifications.NotificationTestKit;

namespace IamPortal.Infrastructure.Tests.Notifications;

/// <summary>Reminders queued, then delivered by MailKit to a real SMTP server on loopback (the SmtpServer package).</summary>
public abstract class ReminderEmailDeliveryTests(DatabaseProvider provider) : PortalDatabaseTests(provider)
{
    public sealed class OnSqlite() : ReminderEmailDeliveryTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : ReminderEmailDeliveryTests(DatabaseProvider.Postgres);

    [SkippableFact]
    public async Task DeliverDueAsync_SmtpConfigured_MessageNamesCampaignGroupsCountDueDateAndLink()
    {
        await using var smtp = await LoopbackSmtpReceiver.StartAsync(SmtpUser, SmtpPassword);
        var portal = Db.StartInstance(Clock(), Smtp(smtp, authenticate: true));
        var reminder = Reminder();

        await portal.Notifier.QueueAsync([reminder]);
        var sent = await portal.DeliverAsync();

        sent.Should().Be(1);
        var mail = await smtp.WaitForMessageAsync();
        mail.AuthenticatedUser.Should().Be(SmtpUser);
        mail.EnvelopeTo.Should().Equal("lead-1@example.test");
        mail.Message.From.ToString().Should().Contain("iam-portal@example.test");
        mail.Subject.Should().Contain("Q4 access review").And.Contain("3 items").And.Contain("R&D <ops>, Admins").And.Contain("2026-12-15 17:00 UTC");
        mail.TextBody.Should().Contain("Q4 access review").And.Contain("  - R&D <ops>").And.Contain("  - Admins")
            .And.Contain("3 items").And.Contain("Due: 2026-12-15 17:00 UTC").And.Contain(reminder.ReviewLink.AbsoluteUri).And.Contain("has started");
        mail.HtmlBody.Should().Contain("<li>R&amp;D &lt;ops&gt;</li>").And.Contain("Hello Lee &lt;Lead&gt; &amp; Co")
            .And.NotContain("<ops>").And.Contain($"href=\"{reminder.ReviewLink.AbsoluteUri.Replace("&", "&amp;")}\"");
        (await portal.CountAsync(ReminderChannel.Email, ReminderDeliveryStatus.Sent)).Should().Be(1);
    }

    [SkippableFact]
    public async Task DeliverDueAsync_SmtpRefusesFirstAttempt_RetriedAfterTheBackoffAndSentOnce()
    {
        await using var smtp = await LoopbackSmtpReceiver.StartAsync();
        smtp.RejectNext = 1;
        var clock = Clock();
        var portal = Db.StartInstance(clock, Smtp(smtp));
        await portal.Notifier.QueueAsync([Reminder()]);

        (await portal.DeliverAsync()).Should().Be(0);
        smtp.Rejected.Should().Be(1);
        (await portal.CountAsync(ReminderChannel.Email, ReminderDeliveryStatus.Pending)).Should().Be(1);
        clock.Advance(TimeSpan.FromSeconds(59));
        (await portal.DeliverAsync()).Should().Be(0, "the first retry waits RetryDelay (1 minute)");
        clock.Advance(TimeSpan.FromSeconds(1));
        (await portal.DeliverAsync()).Should().Be(1);
        clock.Advance(TimeSpan.FromHours(1));
        (await portal.DeliverAsync()).Should().Be(0, "a sent reminder is not sent again");

        smtp.Messages.Should().ContainSingle();
        portal.LogLines().Should().Contain(l => l.Contains("attempt 1 of 3") && l.Contains($"127.0.0.1:{smtp.Port}"));
    }

    [SkippableFact]
    public async Task DeliverDueAsync_SmtpRefusesEveryAttempt_MarkedFailedAfterMaxAttemptsWithoutThrowing()
    {
        await using var smtp = await LoopbackSmtpReceiver.StartAsync();
        smtp.RejectNext = 100;
        var clock = Clock();
        var portal = Db.StartInstance(clock, Smtp(smtp));
        await portal.Notifier.QueueAsync([Reminder()]);

        for (var round = 0; round < 6; round++)
        {
            await portal.DeliverAsync();
            clock.Advance(TimeSpan.FromMinutes(10));
        }

        smtp.Rejected.Should().Be(3, "MaxAttempts is 3: then the reminder is given up");
        (await portal.CountAsync(ReminderChannel.Email, ReminderDeliveryStatus.Failed)).Should().Be(1);
        portal.LogLines().Should().Contain(l => l.StartsWith("Error") && l.Contains("failed after 3 attempts"));
    }

    [SkippableFact]
    public async Task DeliverDueAsync_SmtpServerDown_RetriedAndLoggedWithTheHostOnly()
    {
        var closedPort = LoopbackSmtpReceiver.FreePort();
        var settings = new Dictionary<string, string?>
        {
            ["Notifications:Smtp:Host"] = "127.0.0.1", ["Notifications:Smtp:Port"] = closedPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Notifications:Smtp:SecureSocketOptions"] = "None", ["Notifications:Smtp:From"] = "iam-portal@example.test",
            ["Notifications:Smtp:UserName"] = SmtpUser, ["Notifications:Smtp:Password"] = SmtpPassword,
        };
        var portal = Db.StartInstance(Clock(), settings);
        await portal.Notifier.QueueAsync([Reminder()]);

        var act = () => portal.DeliverAsync();

        (await act.Should().NotThrowAsync()).Which.Should().Be(0);
        (await portal.CountAsync(ReminderChannel.Email, ReminderDeliveryStatus.Pending)).Should().Be(1);
        portal.LogLines().Should().Contain(l => l.Contains($"127.0.0.1:{closedPort}"))
            .And.NotContain(l => l.Contains(SmtpPassword));
    }
}
