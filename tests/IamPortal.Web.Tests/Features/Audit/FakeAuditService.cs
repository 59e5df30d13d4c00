using IamPortal.Application.Audit;
using IamPortal.Application.Operators;

namespace IamPortal.Web.Tests.Features.Audit;

/// <summary>An in-memory audit trail that records the queries the page sends.</summary>
public sealed class FakeAuditService : IAuditService
{
    public List<AuditEntry> Entries { get; } = [];
    public List<AuditQuery> Queries { get; } = [];
    public AuditChainVerification Verification { get; set; } = AuditChainVerification.Intact(0);
    public Exception? Failure { get; set; }

    public static AuditEntry Entry(long sequence, string action, string target, string outcome = AuditOutcomes.Success, string parameters = "{}") =>
        new(sequence, new AuditRecord(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero).AddMinutes(sequence), "admin", "Ada Admin",
            "admin@iam-portal.test", "Oidc", nameof(PortalRole.SecurityAdmin), "123456789012", action, target, parameters, outcome, null,
            $"corr-{sequence}"), $"prev-{sequence}", $"hash-{sequence}");

    public Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken ct = default)
    {
        Queries.Add(query);
        if (Failure is not null) throw Failure;
        var matching = Entries.Where(e => query.Action is null || e.Record.Action.Contains(query.Action, StringComparison.OrdinalIgnoreCase)).ToList();
        return Task.FromResult(new AuditPage(matching.Skip(query.Page * query.PageSize).Take(query.PageSize).ToList(), matching.Count));
    }

    public Task<string> ExportCsvAsync(AuditQuery query, CancellationToken ct = default)
    {
        Queries.Add(query);
        return Task.FromResult(AuditCsvExporter.Write(Entries));
    }

    public List<AuditAnchor?> VerifiedAgainst { get; } = [];

    public Task<AuditChainVerification> VerifyAsync(AuditAnchor? anchor = null, CancellationToken ct = default)
    {
        VerifiedAgainst.Add(anchor);
        return Task.FromResult(Verification);
    }
}
