using IamPortal.Application.Accounts;
using IamPortal.Application.Iam;

namespace IamPortal.Application.Reports;

/// <summary>Archives the report each inventory refresh downloads anyway (no extra IAM request); a storage failure is swallowed.</summary>
public sealed class CredentialReportArchiveSink(ICredentialReportArchive archive) : ICredentialReportSink
{
    public async Task ReportDownloadedAsync(AccountContext account, IamCredentialReport report, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(report.Csv)) return;
        try
        {
            await archive.SaveAsync(account.AccountId, report, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The archive is evidence, not the inventory: a full disk or a database outage must not fail the refresh.
        }
    }
}
