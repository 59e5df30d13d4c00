using System.Text.Json;
using IamPortal.Application.Notifications;
using static IamPortal.Application.Tests.Notifications.NotificationSamples;

namespace IamPortal.Application.Tests.Notifications;

/// <summary>What each channel says: subjects per kind, groups shortened in the subject only, HTML encoded, Slack escaped.</summary>
public class ReminderMessagesTests
{
    [Theory]
    [InlineData(ReviewReminderKind.Started, "Access review \"Q4 <review>\": 1 item to review in Admins, Developers by 2026-12-12 12:00 UTC")]
    [InlineData(ReviewReminderKind.Midpoint, "Reminder: access review \"Q4 <review>\": 1 item to review in Admins, Developers by 2026-12-12 12:00 UTC")]
    [InlineData(ReviewReminderKind.DueSoon, "Due soon: access review \"Q4 <review>\": 1 item to review in Admins, Developers by 2026-12-12 12:00 UTC")]
    public void Subject_EachKind_NamesCampaignCountGroupsAndDueDate(ReviewReminderKind kind, string expected) =>
        ReminderText.Subject(Reminder(kind)).Should().Be(expected);

    [Fact]
    public void Compose_FiveGroups_SubjectShortensAndBodyListsEveryGroup()
    {
        var mail = ReminderEmailComposer.Compose(Reminder(ReviewReminderKind.Midpoint, "a", "b", "c", "d", "e"));

        mail.Subject.Should().Contain("in a, b, c and 2 more by");
        mail.TextBody.Should().Contain("  - d").And.Contain("  - e").And.Contain("is half way through");
        mail.ToAddress.Should().Be("lead@example.test");
    }

    [Fact]
    public void Compose_NamesWithMarkup_HtmlBodyEncodesThem()
    {
        var mail = ReminderEmailComposer.Compose(Reminder(ReviewReminderKind.Started, "<script>x</script>"));

        mail.HtmlBody.Should().Contain("&lt;script&gt;x&lt;/script&gt;").And.NotContain("<script>")
            .And.Contain("Q4 &lt;review&gt;").And.Contain("Hello Lee &amp; Co")
            .And.Contain("<a href=\"https://portal.example.test/reviews/0b7d1f3c-1111-4000-8000-000000000002\">Open the review</a>");
        mail.TextBody.Should().Contain("Open the review: https://portal.example.test/reviews/0b7d1f3c-1111-4000-8000-000000000002");
    }

    [Fact]
    public void Portal_Json_HasTheDocumentedFieldsOnly()
    {
        var json = JsonDocument.Parse(ReminderWebhookPayload.For(Reminder(ReviewReminderKind.Midpoint), WebhookFormat.Json)).RootElement;

        json.EnumerateObject().Select(p => p.Name).Should().Equal(
            "campaignId", "campaign", "account", "kind", "reviewer", "groups", "pendingItems", "dueAt", "link");
        json.GetProperty("kind").GetString().Should().Be("midpoint");
        json.GetProperty("dueAt").GetString().Should().Be("2026-12-12T12:00:00+00:00");
    }

    [Fact]
    public void Slack_NamesWithMarkup_EscapedForMrkdwn()
    {
        var json = JsonDocument.Parse(ReminderWebhookPayload.For(Reminder(ReviewReminderKind.DueSoon, "<!channel>"), WebhookFormat.Slack)).RootElement;

        json.GetProperty("text").GetString().Should().Contain("&lt;!channel&gt;").And.NotContain("<!channel>");
        json.GetProperty("blocks")[0].GetProperty("text").GetProperty("text").GetString().Should().Contain("*Q4 &lt;review&gt;* is due within a day");
    }

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(10, 1800)]
    public void BackoffAfter_Failures_DoublesUpToTheCap(int failures, int seconds) =>
        new DeliveryOptions().BackoffAfter(failures).Should().Be(TimeSpan.FromSeconds(seconds));

    [Fact]
    public void RedactUrl_WebhookWithToken_KeepsSchemeAndHostOnly() =>
        NotificationRedaction.RedactUrl(new Uri(HookUrl)).Should().Be("https://hooks.slack.com/…");

    [Fact]
    public void Describe_ErrorQuotingSecrets_ScrubsPasswordAndWebhookPath()
    {
        var e = new InvalidOperationException($"failed {HookUrl} with {Password} at /services/T000/B000/XyZsecretToken");

        var text = NotificationRedaction.Describe(e, Options());

        text.Should().StartWith("InvalidOperationException: failed ***").And.NotContain(Password).And.NotContain("XyZsecretToken");
    }
}
