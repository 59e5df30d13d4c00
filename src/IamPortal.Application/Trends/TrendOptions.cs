namespace IamPortal.Application.Trends;

/// <summary>The "Trends" configuration section.</summary>
public sealed class TrendOptions
{
    /// <summary>How often the scheduled snapshot is taken (once per deployment); zero or less turns it off.</summary>
    public TimeSpan SnapshotInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// Snapshots taken longer ago than this are deleted after each scheduled snapshot (the newest is always kept); zero or
    /// less keeps them all. 400 days spans a year of evidence plus IAM's own 400-day tracking window.
    /// </summary>
    public int SnapshotRetentionDays { get; set; } = 400;

    /// <summary>An active key older than this counts as over age (CIS 1.14: 90 days).</summary>
    public int AccessKeyMaxAgeDays { get; set; } = 90;

    /// <summary>A credential unused for this long counts as inactive (CIS 1.12: 45 days).</summary>
    public int InactivityDays { get; set; } = 45;
}
