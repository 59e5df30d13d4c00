using IamPortal.Application.Inventory;
using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Reports;

/// <summary>
/// The account's credential hygiene at a glance, computed purely from one inventory snapshot (no IAM call). The trends
/// snapshot stores it; the inactive dashboard shows it. Counts are of users unless the name says keys.
/// <see cref="AdminEquivalentUsers"/> is null when no risk was passed in.
/// </summary>
public sealed record HygieneSummary
{
    public required DateTimeOffset ComputedAt { get; init; }
    public DateTimeOffset? CredentialReportGeneratedAt { get; init; }
    public required ActivityThresholds Thresholds { get; init; }
    public int Users { get; init; }
    public int UsersWithMfa { get; init; }
    public int ConsoleUsers { get; init; }
    public int ConsoleUsersWithoutMfa { get; init; }
    public int ActiveKeys { get; init; }
    /// <summary>Active keys older than the guardrails' maximum key age (CIS 1.14: 90 days).</summary>
    public int KeysOverMaxAge { get; init; }
    public int KeyMaxAgeDays { get; init; }
    /// <summary>Users past the inactivity threshold, never-used users judged by their credential dates included.</summary>
    public int InactiveUsers { get; init; }
    public IReadOnlyDictionary<ActivityBucket, int> ByBucket { get; init; } = Empty<ActivityBucket>();
    public IReadOnlyDictionary<AccessType, int> ByAccessType { get; init; } = Empty<AccessType>();
    /// <summary>Bucket × access type (every pair present, zero when empty).</summary>
    public IReadOnlyDictionary<(ActivityBucket Bucket, AccessType Access), int> ByBucketAndAccess { get; init; } =
        new Dictionary<(ActivityBucket, AccessType), int>();
    /// <summary>Active keys by age since last rotation.</summary>
    public IReadOnlyDictionary<KeyAgeBucket, int> KeysByAge { get; init; } = Empty<KeyAgeBucket>();
    /// <summary>Console passwords by age since last change.</summary>
    public IReadOnlyDictionary<KeyAgeBucket, int> PasswordsByAge { get; init; } = Empty<KeyAgeBucket>();
    public int UsersWithDirectPolicies { get; init; }
    public int UsersWithInlinePolicies { get; init; }
    /// <summary>Users whose effective permissions are critical (admin-equivalent or a confirmed path to it); null without risk data.</summary>
    public int? AdminEquivalentUsers { get; init; }
    public int UsersWithoutBoundary { get; init; }
    public IReadOnlyDictionary<string, int> ByPath { get; init; } = new Dictionary<string, int>();
    /// <summary>By the Department tag; users without it under <see cref="HygieneSummaryCalculator.NoDepartment"/>.</summary>
    public IReadOnlyDictionary<string, int> ByDepartment { get; init; } = new Dictionary<string, int>();

    /// <summary>Share of all users with MFA, 0–100 (100 for an account without users).</summary>
    public double MfaCoveragePercent => Users == 0 ? 100 : Math.Round(100.0 * UsersWithMfa / Users, 1);
    /// <summary>Share of console users with MFA (CIS 1.10), 0–100.</summary>
    public double ConsoleMfaCoveragePercent => ConsoleUsers == 0 ? 100 : Math.Round(100.0 * (ConsoleUsers - ConsoleUsersWithoutMfa) / ConsoleUsers, 1);

    private static Dictionary<T, int> Empty<T>() where T : struct, Enum => Enum.GetValues<T>().ToDictionary(v => v, _ => 0);
}

/// <summary>Computes <see cref="HygieneSummary"/>; pure and deterministic for a snapshot, a time and the thresholds.</summary>
public static class HygieneSummaryCalculator
{
    public const string DepartmentTag = "Department";
    public const string NoDepartment = "(none)";

    public static HygieneSummary Compute(InventorySnapshot snapshot, DateTimeOffset now, ActivityThresholds thresholds,
        int keyMaxAgeDays = 90, IReadOnlyDictionary<string, RiskSeverity>? risk = null) =>
        Compute(snapshot.Users, snapshot.CredentialReportGeneratedAt, now, thresholds, keyMaxAgeDays, risk);

    /// <summary>Over any set of users (the dashboard passes the filtered rows).</summary>
    public static HygieneSummary Compute(IReadOnlyCollection<UserInventoryRow> users, DateTimeOffset? reportGeneratedAt,
        DateTimeOffset now, ActivityThresholds thresholds, int keyMaxAgeDays = 90, IReadOnlyDictionary<string, RiskSeverity>? risk = null)
    {
        var activity = users.Select(u => UserActivityClassifier.Classify(u, now, thresholds)).ToList();
        var keyDates = users.SelectMany(UserActivityClassifier.ActiveKeyDates).ToList();
        var consoleUsers = users.Where(u => u.PasswordEnabled).ToList();
        return new HygieneSummary
        {
            ComputedAt = now,
            CredentialReportGeneratedAt = reportGeneratedAt,
            Thresholds = thresholds,
            Users = users.Count,
            UsersWithMfa = users.Count(u => u.MfaActive),
            ConsoleUsers = consoleUsers.Count,
            ConsoleUsersWithoutMfa = consoleUsers.Count(u => !u.MfaActive),
            ActiveKeys = keyDates.Count,
            KeysOverMaxAge = keyDates.Count(d => now - d > TimeSpan.FromDays(keyMaxAgeDays)),
            KeyMaxAgeDays = keyMaxAgeDays,
            InactiveUsers = activity.Count(a => a.IsInactive),
            ByBucket = Count(activity.Select(a => a.Bucket)),
            ByAccessType = Count(activity.Select(a => a.Access)),
            ByBucketAndAccess = (from b in Enum.GetValues<ActivityBucket>() from t in Enum.GetValues<AccessType>() select (b, t))
                .ToDictionary(p => p, p => activity.Count(a => a.Bucket == p.b && a.Access == p.t)),
            KeysByAge = Count(keyDates.Select(d => UserActivityClassifier.AgeBucketOf(d, now))),
            PasswordsByAge = Count(consoleUsers.Where(u => u.PasswordLastChanged is not null)
                .Select(u => UserActivityClassifier.AgeBucketOf(u.PasswordLastChanged!.Value, now))),
            UsersWithDirectPolicies = users.Count(u => u.AttachedPolicies.Count > 0),
            UsersWithInlinePolicies = users.Count(u => u.InlinePolicyCount > 0 || u.InlinePolicies.Count > 0),
            AdminEquivalentUsers = risk is null ? null
                : users.Count(u => risk.TryGetValue(u.UserName, out var s) && s == RiskSeverity.Critical),
            UsersWithoutBoundary = users.Count(u => string.IsNullOrEmpty(u.PermissionsBoundaryArn)),
            ByPath = CountText(users.Select(u => u.Path)),
            ByDepartment = CountText(users.Select(Department)),
        };
    }

    public static string Department(UserInventoryRow user) =>
        user.Tags.FirstOrDefault(t => string.Equals(t.Key, DepartmentTag, StringComparison.OrdinalIgnoreCase))?.Value is { Length: > 0 } d
            ? d : NoDepartment;

    private static Dictionary<T, int> Count<T>(IEnumerable<T> values) where T : struct, Enum
    {
        var counts = Enum.GetValues<T>().ToDictionary(v => v, _ => 0);
        foreach (var v in values) counts[v]++;
        return counts;
    }

    private static Dictionary<string, int> CountText(IEnumerable<string> values) => values
        .GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
