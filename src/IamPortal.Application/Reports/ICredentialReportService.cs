using IamPortal.Application.Commands;
using IamPortal.Application.Iam;

namespace IamPortal.Application.Reports;

/// <summary>Where a generation stands: IAM's state, and once COMPLETE the report as archived.</summary>
public sealed record CredentialReportProgress(CredentialReportState State, StoredCredentialReport? Report)
{
    public bool IsComplete => State == CredentialReportState.Complete && Report is not null;
    /// <summary>A rough share for the progress bar: STARTED 10, INPROGRESS 50, COMPLETE 100.</summary>
    public int Percent => State switch { CredentialReportState.Started => 10, CredentialReportState.InProgress => 50, _ => 100 };
}

/// <summary>The latest archived report, parsed, with its freshness.</summary>
public sealed record CredentialReportView(StoredCredentialReport Report, CredentialReportTable Table, CredentialReportFreshness Freshness);

/// <summary>The original CSV to download, with its SHA-256.</summary>
public sealed record CredentialReportDownload(string FileName, byte[] Content, string Sha256);

/// <summary>
/// The credential report page (auditors and admins: ReadAudit, ADR 0022). Generation changes nothing in the account,
/// so it needs ReadAudit too; starting one and each download are audited.
/// </summary>
public interface ICredentialReportService
{
    /// <summary>GenerateCredentialReport once (audited); IAM reuses a report younger than 4 hours.</summary>
    Task<CommandResult<CredentialReportProgress>> StartAsync(CancellationToken ct = default);
    /// <summary>Asks IAM where the generation stands; at COMPLETE downloads the report and archives it.</summary>
    Task<CommandResult<CredentialReportProgress>> PollAsync(CancellationToken ct = default);
    Task<CommandResult<IReadOnlyList<StoredCredentialReport>>> HistoryAsync(CancellationToken ct = default);
    /// <summary>The newest archived report, parsed; null value when none is archived yet.</summary>
    Task<CommandResult<CredentialReportView?>> LatestAsync(CancellationToken ct = default);
    /// <summary>The original CSV of one archived report (audited with its SHA-256).</summary>
    Task<CommandResult<CredentialReportDownload>> DownloadAsync(Guid id, CancellationToken ct = default);
    /// <summary>The freshness of the report behind the inventory's data (for the banner on every page that shows it).</summary>
    Task<CredentialReportFreshness> FreshnessAsync(CancellationToken ct = default);
}
