using IamPortal.Application.Accounts;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Audit;

/// <summary>
/// The audit log for auditors. With many accounts it shows the page's account only (an auditor limited to some accounts
/// sees only theirs); the chain is verified whole, as it is written.
/// </summary>
public sealed class AuditService(IAuditLog log, IOperatorContext operatorContext, IAccountDirectory accounts, ICurrentAccount current) : IAuditService
{
    public const int MaxPageSize = 500;

    public async Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken ct = default)
    {
        operatorContext.Ensure(Permission.ReadAudit, "read the audit log");
        return await log.QueryAsync(await InAccountAsync(query with { PageSize = Math.Clamp(query.PageSize, 1, MaxPageSize), Page = Math.Max(0, query.Page) }, ct), ct);
    }

    public async Task<string> ExportCsvAsync(AuditQuery query, CancellationToken ct = default)
    {
        operatorContext.Ensure(Permission.ReadAudit, "export the audit log");
        var entries = new List<AuditEntry>();
        await foreach (var entry in log.StreamAsync(await InAccountAsync(query, ct), ct)) entries.Add(entry);
        return AuditCsvExporter.Write(entries);
    }

    public async Task<AuditChainVerification> VerifyAsync(AuditAnchor? anchor = null, CancellationToken ct = default)
    {
        operatorContext.Ensure(Permission.ReadAudit, "verify the audit log");
        var entries = new List<AuditEntry>();
        await foreach (var entry in log.StreamChainAsync(ct)) entries.Add(entry);
        return AuditHasher.Verify(entries, anchor);
    }

    private async Task<AuditQuery> InAccountAsync(AuditQuery query, CancellationToken ct) =>
        accounts.IsMultiAccount ? query with { AccountId = (await current.GetAsync(ct)).AccountId } : query;
}
