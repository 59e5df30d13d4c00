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

public sealed class AuditService(IAuditLog log, IOperatorContext operatorContext) : IAuditService
{
    public const int MaxPageSize = 500;

    public Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken ct = default)
    {
        operatorContext.Ensure(Permission.ReadAudit, "read the audit log");
        return log.QueryAsync(query with { PageSize = Math.Clamp(query.PageSize, 1, MaxPageSize), Page = Math.Max(0, query.Page) }, ct);
    }

    public async Task<string> ExportCsvAsync(AuditQuery query, CancellationToken ct = default)
    {
        operatorContext.Ensure(Permission.ReadAudit, "export the audit log");
        var entries = new List<AuditEntry>();
        await foreach (var entry in log.StreamAsync(query, ct)) entries.Add(entry);
        return AuditCsvExporter.Write(entries);
    }

    public async Task<AuditChainVerification> VerifyAsync(AuditAnchor? anchor = null, CancellationToken ct = default)
    {
        operatorContext.Ensure(Permission.ReadAudit, "verify the audit log");
        var entries = new List<AuditEntry>();
        await foreach (var entry in log.StreamChainAsync(ct)) entries.Add(entry);
        return AuditHasher.Verify(entries, anchor);
    }
}
