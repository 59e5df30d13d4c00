namespace IamPortal.Application.Reports;

/// <summary>The "Reports" configuration section.</summary>
public sealed class ReportsOptions
{
    public const string Section = "Reports";

    /// <summary>
    /// Archived credential reports generated longer ago than this are deleted when a refresh archives a report (the newest
    /// is always kept); zero or less keeps them all.
    /// </summary>
    public int CredentialReportRetentionDays { get; set; } = 90;
}
