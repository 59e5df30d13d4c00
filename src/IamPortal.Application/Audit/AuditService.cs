using IamPortal.Application.Operators;

namespace IamPortal.Application.Audit;

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
