using IamPortal.Application.Inventory;

namespace IamPortal.Application.Reports;

/// <summary>
/// One user's activity, classified. <see cref="LastActivity"/> is the latest of password last used and both keys' last
/// used. A user who never used anything is in <see cref="ActivityBucket.NeverUsed"/> and is judged by
/// <see cref="JudgedSince"/>, the latest of creation, password change and key rotation (CHECKS.md: a console user who
/// never signed in is not "fine"): once that is older than the inactivity threshold the user is inactive too.
/// </summary>
public sealed record UserActivity(
    string UserName,
    string Path,
    AccessType Access,
    ActivityBucket Bucket,
    DateTimeOffset? LastActivity,
    DateTimeOffset JudgedSince,
    int DaysIdle,
    bool IsInactive)
{
    public bool NeverUsed => Bucket == ActivityBucket.NeverUsed;
}

/// <summary>Pure classification of inventory rows into activity buckets, access types and age buckets.</summary>
public static class UserActivityClassifier
{
    public static UserActivity Classify(UserInventoryRow user, DateTimeOffset now, ActivityThresholds thresholds)
    {
        var lastActivity = Latest([user.PasswordLastUsed, user.AccessKey1?.LastUsed, user.AccessKey2?.LastUsed]);
        var judgedSince = lastActivity
            ?? Latest([user.CreateDate, user.PasswordEnabled ? user.PasswordLastChanged : null,
                user.AccessKey1?.LastRotated, user.AccessKey2?.LastRotated])!.Value;
        var days = Days(now - judgedSince);
        var bucket = lastActivity is null ? ActivityBucket.NeverUsed : thresholds.BucketOf(days);
        return new UserActivity(user.UserName, user.Path, AccessOf(user), bucket, lastActivity, judgedSince, days,
            IsInactive: days > thresholds.Inactive);
    }

    public static AccessType AccessOf(UserInventoryRow user)
    {
        var keys = user.ActiveKeyCount > 0 || (user.AccessKey1?.Active ?? false) || (user.AccessKey2?.Active ?? false);
        return (user.PasswordEnabled, keys) switch
        {
            (true, true) => AccessType.Both,
            (true, false) => AccessType.ConsoleOnly,
            (false, true) => AccessType.KeysOnly,
            _ => AccessType.None,
        };
    }

    /// <summary>The age bucket of something created, rotated or changed at <paramref name="since"/>.</summary>
    public static KeyAgeBucket AgeBucketOf(DateTimeOffset since, DateTimeOffset now)
    {
        var age = now - since;
        return age < TimeSpan.FromDays(1) ? KeyAgeBucket.Under24Hours
            : age <= TimeSpan.FromDays(30) ? KeyAgeBucket.From1To30Days
            : age <= TimeSpan.FromDays(90) ? KeyAgeBucket.From30To90Days
            : age <= TimeSpan.FromDays(365) ? KeyAgeBucket.From90To365Days
            : KeyAgeBucket.OverOneYear;
    }

    /// <summary>The user's active keys' rotation dates (a key IAM never rotated dates from its creation, which the report gives as rotation).</summary>
    public static IEnumerable<DateTimeOffset> ActiveKeyDates(UserInventoryRow user) =>
        new[] { user.AccessKey1, user.AccessKey2 }.Where(k => k is { Active: true, LastRotated: not null }).Select(k => k!.LastRotated!.Value);

    private static int Days(TimeSpan span) => Math.Max(0, (int)Math.Floor(span.TotalDays));

    private static DateTimeOffset? Latest(IEnumerable<DateTimeOffset?> dates) =>
        dates.Where(d => d is not null).Select(d => d!.Value).DefaultIfEmpty().Max() is var max && max != default ? max : null;
}
