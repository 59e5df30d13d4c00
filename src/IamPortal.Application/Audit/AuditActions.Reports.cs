namespace IamPortal.Application.Audit;

public static partial class AuditActions
{
    // Reports (credential report, inactive users): reads that leave evidence.
    public const string GenerateCredentialReport = "Reports.GenerateCredentialReport";
    public const string DownloadCredentialReport = "Reports.DownloadCredentialReport";
    public const string ExportInactiveUsers = "Reports.ExportInactiveUsers";
}
