using IamPortal.Application.Commands;

namespace IamPortal.Application.Reviews;

/// <summary>The evidence CSV of a campaign (ReadAudit); the file's SHA-256 is recorded in the audit trail.</summary>
public interface IReviewEvidenceService
{
    Task<CommandResult<EvidenceExport>> ExportAsync(Guid campaignId, CancellationToken ct = default);
}
