using System.Globalization;

namespace IamPortal.Application.Notifications;

/// <summary>The words every channel uses for a reminder, so email, JSON and Slack say the same thing.</summary>
public static class ReminderText
{
    private const int GroupsInSubject = 3;

    public static string Due(DateTimeOffset dueAt) =>
        dueAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Items(int count) => count == 1 ? "1 item" : $"{count} items";

    /// <summary>"Admins, Developers and 2 more" (the first three groups by name).</summary>
    public static string Groups(IReadOnlyList<string> groups, int shown = GroupsInSubject)
    {
        if (groups.Count == 0) return "your groups";
        var named = string.Join(", ", groups.Take(shown));
        return groups.Count > shown ? $"{named} and {groups.Count - shown} more" : named;
    }

    public static string KindWord(ReviewReminderKind kind) => kind switch
    {
        ReviewReminderKind.Started => "started",
        ReviewReminderKind.Midpoint => "midpoint",
        ReviewReminderKind.DueSoon => "dueSoon",
        _ => kind.ToString(),
    };

    /// <summary>Why now, as a sentence's end: "has started", "is half way through", "is due within a day".</summary>
    public static string Moment(ReviewReminderKind kind) => kind switch
    {
        ReviewReminderKind.Started => "has started",
        ReviewReminderKind.Midpoint => "is half way through",
        _ => "is due within a day",
    };

    public static string Subject(ReviewReminder r)
    {
        var prefix = r.Kind switch
        {
            ReviewReminderKind.Started => "Access review",
            ReviewReminderKind.Midpoint => "Reminder: access review",
            _ => "Due soon: access review",
        };
        return $"{prefix} \"{r.CampaignName}\": {Items(r.PendingItems)} to review in {Groups(r.GroupNames)} by {Due(r.DueAt)}";
    }

    /// <summary>One line: campaign, moment, items, groups, due date.</summary>
    public static string Summary(ReviewReminder r) =>
        $"The access review \"{r.CampaignName}\" {Moment(r.Kind)}: {Items(r.PendingItems)} to review in {Groups(r.GroupNames, int.MaxValue)}, due {Due(r.DueAt)}.";
}
