using IamPortal.Application.Notifications;
using IamPortal.Infrastructure.Persistence;
using IamPortal.Infrastructure.Tests.Persistence;
using IamPortal.Tests.Shared.Notifications;
using static IamPortal.Infrastructure.Tests.Notifications.NotificationTestKit;

namespace IamPortal.Infrastructure.Tests.Notifications;

/// <summary>
/// The outbox on both databases: the same reminder queued twice is one delivery, two instances never send one reminder
/// twice, an instance that died mid-send is taken over, and with no channel the reminders are recorded as not sent.
/// </summary>
public abstract class EfReminderOutboxTests(DatabaseProvider provider) : PortalDatabaseTests(provider)
{
    public sealed class OnSqlite() : EfReminderOutboxTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : EfReminderOutboxTests(DatabaseProvider.Postgres);

    [SkippableFact]
    public async Task QueueAsync_SameCampaignReviewerAndKindTwice_DeliveredOncePerChannel()
    {
        await using var smtp = await LoopbackSmtpReceiver.StartAsync();
        await using var hook = LoopbackWebhookReceiver.Start();
        var portal = Db.StartInstance(Clock(), Both(smtp, hook));

        await portal.Notifier.QueueAsync([Reminder(), Reminder()]);
        await portal.Notifier.QueueAsync([Reminder() with { PendingItems = 2 }, Reminder(kind: ReviewReminderKind.Midpoint)]);
        await portal.DeliverAsync();

        smtp.Messages.Should().HaveCount(2, "Started once and Midpoint once");
        smtp.Messages.Select(m => m.Subject).Should().ContainSingle(s => s.StartsWith("Reminder:"));
        (await hook.WaitForAcceptedAsync(2)).Should().HaveCount(2);
        (await portal.Outbox.CountAsync()).Sum(c => c.Count).Should().Be(4, "2 kinds × 2 channels");
    }

    [SkippableFact]
    public async Task QueueAsync_NoChannelConfigured_RecordedAsNotSentAndNeverClaimed()
    {
        var portal = Db.StartInstance(Clock(), new Dictionary<string, string?>());

        await portal.Notifier.QueueAsync([Reminder(reviewer: "lead-1"), Reminder(reviewer: "lead-2")]);

        (await portal.CountAsync(ReminderChannel.None, ReminderDeliveryStatus.NotSent)).Should().Be(2);
        (await portal.DeliverAsync()).Should().Be(0);
        portal.LogLines().Should().Contain(l => l.Contains("no notification channel configured"));
    }

    [SkippableFact]
    public async Task DeliverDueAsync_TwoInstancesAtOnce_EachReminderSentExactlyOnce()
    {
        await using var smtp = await LoopbackSmtpReceiver.StartAsync();
        var clock = Clock();
        var settings = Smtp(smtp);
        var (a, b) = (Db.StartInstance(clock, settings, "instance-a"), Db.StartInstance(clock, settings, "instance-b"));
        await a.Notifier.QueueAsync(Enumerable.Range(1, 12).Select(i => Reminder(reviewer: $"lead-{i}")).ToList());

        var rounds = await Task.WhenAll(a.DeliverAsync(), b.DeliverAsync(), a.DeliverAsync(), b.DeliverAsync());

        rounds.Sum().Should().Be(12);
        smtp.Messages.Select(m => m.EnvelopeTo.Single()).Should().OnlyHaveUniqueItems().And.HaveCount(12);
        (await a.CountAsync(ReminderChannel.Email, ReminderDeliveryStatus.Sent)).Should().Be(12);
    }

    [SkippableFact]
    public async Task ClaimDueAsync_HolderDiedMidSend_AnotherInstanceTakesOverAfterTheClaimTimeout()
    {
        var clock = Clock();
        await using var hook = LoopbackWebhookReceiver.Start();
        var (a, b) = (Db.StartInstance(clock, Webhook(hook), "instance-a"), Db.StartInstance(clock, Webhook(hook), "instance-b"));
        await a.Notifier.QueueAsync([Reminder()]);

        var claimedByA = await a.Outbox.ClaimDueAsync("instance-a", clock.GetUtcNow(), TimeSpan.FromMinutes(2), 10);
        claimedByA.Should().ContainSingle().Which.Attempt.Should().Be(1);
        (await b.DeliverAsync()).Should().Be(0, "A's claim still runs");
        clock.Advance(TimeSpan.FromMinutes(2));
        (await b.DeliverAsync()).Should().Be(1);
        await a.Outbox.MarkSentAsync(claimedByA[0].Id, "instance-a", clock.GetUtcNow());

        hook.Accepted.Should().ContainSingle();
        (await b.CountAsync(ReminderChannel.Webhook, ReminderDeliveryStatus.Sent)).Should().Be(1);
    }

    [SkippableFact]
    public async Task ClaimDueAsync_StoredReminder_ComesBackAsQueued()
    {
        await using var hook = LoopbackWebhookReceiver.Start();
        var portal = Db.StartInstance(Clock(), Webhook(hook));
        var reminder = Reminder();
        await portal.Notifier.QueueAsync([reminder]);

        var claimed = (await portal.Outbox.ClaimDueAsync("x", Now, TimeSpan.FromMinutes(1), 5)).Single();

        claimed.Channel.Should().Be(ReminderChannel.Webhook);
        claimed.Reminder.Should().BeEquivalentTo(reminder);
    }
}
