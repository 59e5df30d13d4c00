using IamPortal.Application.Accounts;
using IamPortal.Application.Iam;
using Microsoft.Extensions.Options;

namespace IamPortal.Application.Reports;

/// <summary>
/// Archives the report each inventory refresh downloads anyway (no extra IAM request), then deletes the reports older than
/// <see cref="ReportsOptions.CredentialReportRetentionDays"/>; a storage failure is swallowed.
/// </summary>
public sealed class CredentialReportArchiveSink(ICredentialReportArchive archive, IOptions<ReportsOptions> options, TimeProvider time) : ICredentialReportSink
{
    public async Task ReportDownloadedAsync(AccountContext account, IamCredentialReport report, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(report.Csv)) return;
        try
        {
            await archive.SaveAsync(account.AccountId, report, ct);
            var days = options.Value.CredentialReportRetentionDays;
            if (days > 0) await archive.DeleteGeneratedBeforeAsync(account.AccountId, time.GetUtcNow().AddDays(-days), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The archive is evidence, not the inventory: a full disk or a database outage must not fail the refresh.
        }
    }
}
