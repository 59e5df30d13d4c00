using System.Text.Json;
using System.Text.Json.Serialization;

namespace IamPortal.Application.Notifications;

/// <summary>
/// A reminder as a webhook body. Json (schema in ADR 0020): <c>campaignId, campaign, account, kind
/// (started|midpoint|dueSoon), reviewer {email, name}, groups[], pendingItems, dueAt (ISO 8601 UTC), link</c>.
/// Slack: an incoming-webhook message <c>{"text", "blocks"}</c> with a button to the review.
/// </summary>
public static class ReminderWebhookPayload
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string For(ReviewReminder r, WebhookFormat format) => format == WebhookFormat.Slack ? Slack(r) : Portal(r);

    public static string Portal(ReviewReminder r) => JsonSerializer.Serialize(new
    {
        campaignId = r.CampaignId,
        campaign = r.CampaignName,
        account = r.AccountId,
        kind = ReminderText.KindWord(r.Kind),
        reviewer = new { email = r.Reviewer.Email, name = r.Reviewer.DisplayName },
        groups = r.GroupNames,
        pendingItems = r.PendingItems,
        dueAt = r.DueAt.ToUniversalTime(),
        link = r.ReviewLink.AbsoluteUri,
    }, Json);

    public static string Slack(ReviewReminder r)
    {
        var link = r.ReviewLink.AbsoluteUri;
        var text = Mrkdwn($"{ReminderText.Subject(r)} (reviewer: {r.Reviewer.DisplayName}).") + $" Open the review: <{link}>";
        var detail = $"*{Mrkdwn(r.CampaignName)}* {Mrkdwn(ReminderText.Moment(r.Kind))}.\n" +
                     $"{Mrkdwn(r.Reviewer.DisplayName)} has *{Mrkdwn(ReminderText.Items(r.PendingItems))}* to review in " +
                     $"{Mrkdwn(ReminderText.Groups(r.GroupNames, int.MaxValue))}.\nDue {Mrkdwn(ReminderText.Due(r.DueAt))} · account {Mrkdwn(r.AccountId)}\n" +
                     $"<{link}|Open the review>";
        return JsonSerializer.Serialize(new
        {
            text,
            blocks = new object[]
            {
                new { type = "section", text = new { type = "mrkdwn", text = detail } },
                new
                {
                    type = "actions",
                    elements = new object[]
                    {
                        new { type = "button", text = new { type = "plain_text", text = "Open the review" }, url = link },
                    },
                },
            },
        }, Json);
    }

    /// <summary>Slack's mrkdwn escaping: &amp;, &lt; and &gt; (so a name cannot inject a link or a mention).</summary>
    private static string Mrkdwn(string s) => s.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
