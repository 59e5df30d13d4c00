namespace IamPortal.Application.Findings;

/// <summary>The checks' thresholds (section "Findings"), CIS defaults.</summary>
public sealed class FindingsOptions
{
    public const string Section = "Findings";
    /// <summary>iam_user_accesskey_unused: an active key unused (or, never used, not rotated) for this many days fails. CIS 1.12 / IAM.22.</summary>
    public int AccessKeyUnusedDays { get; set; } = 45;
    /// <summary>iam_user_console_access_unused: a password unused (or, never used, unchanged) for this many days fails.</summary>
    public int ConsoleUnusedDays { get; set; } = 45;
    /// <summary>iam_avoid_root_usage: root's password or a root key used within this many days fails (Prowler's default).</summary>
    public int RootUsageDays { get; set; } = 1;
    /// <summary>iam_rotate_access_key_90_days.</summary>
    public int AccessKeyRotationDays { get; set; } = 90;
    /// <summary>iam_user_no_setup_initial_access_key: a key created this close to its user counts as set up with it.</summary>
    public int InitialKeyWindowSeconds { get; set; } = 10;
    /// <summary>Acceptances ending within this many days are flagged on the acceptances page.</summary>
    public int AcceptanceWarningDays { get; set; } = 14;
    /// <summary>How long the password policy and account summary are reused before IAM is asked again.</summary>
    public TimeSpan AccountSettingsLifetime { get; set; } = TimeSpan.FromMinutes(15);
}
