namespace IamPortal.Application.Findings;

public interface IFindingsService
{
    /// <summary>Every check over the account's current inventory (ReadAudit).</summary>
    Task<FindingsReport> GetReportAsync(CancellationToken ct = default);
    /// <summary>The results about one user (ReadIam).</summary>
    Task<IReadOnlyList<FindingResult>> ForUserAsync(string userName, CancellationToken ct = default);
    /// <summary>The results about one group (ReadIam).</summary>
    Task<IReadOnlyList<FindingResult>> ForGroupAsync(string groupName, CancellationToken ct = default);
}
