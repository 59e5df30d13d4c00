using IamPortal.Application.Operators;

namespace IamPortal.Application.Audit;

/// <summary>The audit trail for admins and auditors: filter, export, verify the chain.</summary>
public interface IAuditService
{
    Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken ct = default);
    Task<string> ExportCsvAsync(AuditQuery query, CancellationToken ct = default);
    /// <summary>Checks the whole chain, and with an anchor (a head recorded earlier) that the log was not rewritten since.</summary>
    Task<AuditChainVerification> VerifyAsync(AuditAnchor? anchor = null, CancellationToken ct = default);
}
