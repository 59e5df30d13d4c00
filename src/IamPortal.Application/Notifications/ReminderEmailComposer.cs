using System.Net;
using System.Text;

namespace IamPortal.Application.Notifications;

/// <summary>A reminder as an email: plain text and HTML (every name HTML-encoded), with the absolute link to the review.</summary>
public static class ReminderEmailComposer
{
    public static EmailMessage Compose(ReviewReminder r)
    {
        var link = r.ReviewLink.AbsoluteUri;
        var text = new StringBuilder()
            .Append("Hello ").Append(r.Reviewer.DisplayName).AppendLine(",").AppendLine()
            .AppendLine($"The access review \"{r.CampaignName}\" (account {r.AccountId}) {ReminderText.Moment(r.Kind)}.")
            .AppendLine($"You have {ReminderText.Items(r.PendingItems)} to decide in the groups you review:");
        foreach (var group in r.GroupNames) text.Append("  - ").AppendLine(group);
        text.AppendLine()
            .AppendLine($"Due: {ReminderText.Due(r.DueAt)}")
            .AppendLine($"Open the review: {link}")
            .AppendLine()
            .AppendLine("You receive this because you review these groups in IAM Portal.");

        static string E(string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html><body style=\"font-family: sans-serif;\">")
            .Append("<p>Hello ").Append(E(r.Reviewer.DisplayName)).Append(",</p>")
            .Append("<p>The access review <strong>").Append(E(r.CampaignName)).Append("</strong> (account ").Append(E(r.AccountId)).Append(") ")
            .Append(E(ReminderText.Moment(r.Kind))).Append(".</p>")
            .Append("<p>You have ").Append(E(ReminderText.Items(r.PendingItems))).Append(" to decide in the groups you review:</p><ul>");
        foreach (var group in r.GroupNames) html.Append("<li>").Append(E(group)).Append("</li>");
        html.Append("</ul><p>Due: ").Append(E(ReminderText.Due(r.DueAt))).Append("</p>")
            .Append("<p><a href=\"").Append(E(link)).Append("\">Open the review</a></p>")
            .Append("<p style=\"color: #555;\">You receive this because you review these groups in IAM Portal.</p>")
            .Append("</body></html>");

        return new EmailMessage(r.Reviewer.Email, r.Reviewer.DisplayName, ReminderText.Subject(r), text.ToString(), html.ToString());
    }
}
