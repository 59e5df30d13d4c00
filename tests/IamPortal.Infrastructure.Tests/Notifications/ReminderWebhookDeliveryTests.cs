using IamPortal.Application.Notifications;
using IamPortal.Infrastructure.Persistence;
using IamPortal.Infrastructure.Tests.Persistence;
using IamPortal.Tests.Shared.Notifications;
using static IamPortal.Infrastructure.Tests.Notifications.NotificationTestKit;

namespace IamPortal.Infrastructure.Tests.Notifications;

/// <summary>Reminders delivered by HttpClient to a real HTTP receiver on loopback, in the portal's JSON and in Slack's format.</summary>
public abstract class ReminderWebhookDeliveryTests(DatabaseProvider provider) : PortalDatabaseTests(provider)
{
    public sealed class OnSqlite() : ReminderWebhookDeliveryTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : ReminderWebhookDeliveryTests(DatabaseProvider.Postgres);

    [SkippableFact]
    public async Task DeliverDueAsync_JsonFormat_PostsTheDocumentedSchema()
    {
        await using var hook = LoopbackWebhookReceiver.Start();
        var portal = Db.StartInstance(Clock(), Webhook(hook));
        var reminder = Reminder(kind: ReviewReminderKind.DueSoon);

        await portal.Notifier.QueueAsync([reminder]);
        (await portal.DeliverAsync()).Should().Be(1);

        var request = (await hook.WaitForAcceptedAsync()).Single();
        request.Method.Should().Be("POST");
        request.ContentType.Should().StartWith("application/json");
        request.PathAndQuery.Should().StartWith(LoopbackWebhookReceiver.SecretPath);
        var json = request.Json;
        json.GetProperty("campaignId").GetGuid().Should().Be(reminder.CampaignId);
        json.GetProperty("campaign").GetString().Should().Be("Q4 access review");
        json.GetProperty("account").GetString().Should().Be("123456789012");
        json.GetProperty("kind").GetString().Should().Be("dueSoon");
        json.GetProperty("reviewer").GetProperty("email").GetString().Should().Be("lead-1@example.test");
        json.GetProperty("reviewer").GetProperty("name").GetString().Should().Be("Lee <Lead> & Co");
        json.GetProperty("groups").EnumerateArray().Select(g => g.GetString()).Should().Equal("R&D <ops>", "Admins");
        json.GetProperty("pendingItems").GetInt32().Should().Be(3);
        json.GetProperty("dueAt").GetDateTimeOffset().Should().Be(DueAt);
        json.GetProperty("link").GetString().Should().Be(reminder.ReviewLink.AbsoluteUri);
    }

    [SkippableFact]
    public async Task DeliverDueAsync_SlackFormat_PostsTextAndBlocksWithTheLink()
    {
        await using var hook = LoopbackWebhookReceiver.Start();
        var portal = Db.StartInstance(Clock(), Webhook(hook, WebhookFormat.Slack));
        var reminder = Reminder();

        await portal.Notifier.QueueAsync([reminder]);
        await portal.DeliverAsync();

        var json = (await hook.WaitForAcceptedAsync()).Single().Json;
        json.GetProperty("text").GetString().Should().Contain("Q4 access review").And.Contain(reminder.ReviewLink.AbsoluteUri)
            .And.Contain("R&amp;D &lt;ops&gt;", "Slack's mrkdwn needs &, < and > escaped");
        var blocks = json.GetProperty("blocks").EnumerateArray().ToList();
        blocks[0].GetProperty("text").GetProperty("text").GetString().Should().Contain("*3 items*").And.Contain($"<{reminder.ReviewLink.AbsoluteUri}|Open the review>");
        blocks[1].GetProperty("elements")[0].GetProperty("url").GetString().Should().Be(reminder.ReviewLink.AbsoluteUri);
    }

    [SkippableFact]
    public async Task DeliverDueAsync_ReceiverAnswers500Then200_RetriedWithBackoffAndDeliveredOnce()
    {
        await using var hook = LoopbackWebhookReceiver.Start(500, 503);
        var clock = Clock();
        var portal = Db.StartInstance(clock, Webhook(hook));
        await portal.Notifier.QueueAsync([Reminder()]);

        (await portal.DeliverAsync()).Should().Be(0);
        clock.Advance(TimeSpan.FromMinutes(1));
        (await portal.DeliverAsync()).Should().Be(0);
        clock.Advance(TimeSpan.FromMinutes(1));
        (await portal.DeliverAsync()).Should().Be(0, "after the second failure the wait doubles to 2 minutes");
        clock.Advance(TimeSpan.FromMinutes(1));
        (await portal.DeliverAsync()).Should().Be(1);

        hook.Requests.Select(r => r.RespondedWith).Should().Equal(500, 503, 200);
        (await portal.CountAsync(ReminderChannel.Webhook, ReminderDeliveryStatus.Sent)).Should().Be(1);
        portal.LogLines().Should().Contain(l => l.Contains("answered 500")).And.Contain(l => l.Contains("answered 503"));
    }
}
