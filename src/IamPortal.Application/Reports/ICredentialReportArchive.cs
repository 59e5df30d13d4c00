using IamPortal.Application.Accounts;
using IamPortal.Application.Iam;

namespace IamPortal.Application.Reports;

/// <summary>One archived credential report: when IAM generated it, its size and the SHA-256 of the original CSV.</summary>
public sealed record StoredCredentialReport(Guid Id, string AccountId, DateTimeOffset GeneratedAt, DateTimeOffset ArchivedAt,
    int UserRows, long CsvBytes, long CompressedBytes, string Sha256);

/// <summary>An archived report with its original CSV (decompressed).</summary>
public sealed record CredentialReportContent(StoredCredentialReport Report, string Csv);

/// <summary>
/// Where the inventory hands over the credential report it has just downloaded, so the archive gets it without an
/// extra IAM request. Implementations never throw for a storage failure (the inventory refresh must not fail for it).
/// </summary>
public interface ICredentialReportSink
{
    Task ReportDownloadedAsync(AccountContext account, IamCredentialReport report, CancellationToken ct = default);
}

/// <summary>The portal's archive of credential reports, compressed (gzip) in its database, one row per account and generation time.</summary>
public interface ICredentialReportArchive
{
    /// <summary>Stores the report; the same account and generation time stored twice is one row (the first is returned).</summary>
    Task<StoredCredentialReport> SaveAsync(string accountId, IamCredentialReport report, CancellationToken ct = default);
    /// <summary>The account's reports, newest first.</summary>
    Task<IReadOnlyList<StoredCredentialReport>> ListAsync(string accountId, int max = 100, CancellationToken ct = default);
    Task<CredentialReportContent?> GetAsync(string accountId, Guid id, CancellationToken ct = default);
    Task<CredentialReportContent?> LatestAsync(string accountId, CancellationToken ct = default);
    /// <summary>Deletes the account's reports generated before <paramref name="before"/>, never the newest; returns how many went.</summary>
    Task<int> DeleteGeneratedBeforeAsync(string accountId, DateTimeOffset before, CancellationToken ct = default);
}
