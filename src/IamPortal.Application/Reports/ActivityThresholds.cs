using IamPortal.Application.Guardrails;

namespace IamPortal.Application.Reports;

/// <summary>
/// The bucket edges in days. <see cref="Inactive"/> is the guardrails' inactivity threshold (CIS 1.12: 45 days), the
/// line past which a user counts as inactive; <see cref="Recent"/> and <see cref="Stale"/> are the 30- and 90-day marks.
/// A user idle exactly on an edge falls in the lower bucket (45 days idle is "30–45", 46 is "45–90").
/// </summary>
public sealed record ActivityThresholds(int Recent = 30, int Inactive = 45, int Stale = 90)
{
    public static ActivityThresholds Default { get; } = new();

    public static ActivityThresholds From(Guardrails.Guardrails guardrails) => Default with
    {
        Inactive = Math.Clamp(guardrails.InactivityThresholdDays, Default.Recent, Default.Stale),
    };

    public ActivityBucket BucketOf(int daysIdle) =>
        daysIdle <= Recent ? ActivityBucket.UpTo30
        : daysIdle <= Inactive ? ActivityBucket.From30To45
        : daysIdle <= Stale ? ActivityBucket.From45To90
        : ActivityBucket.Over90;
}
