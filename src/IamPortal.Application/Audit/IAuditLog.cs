namespace IamPortal.Application.Audit;

/// <summary>The append-only, hash-chained store of audit entries (Infrastructure: EF Core).</summary>
public interface IAuditLog
{
    Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken ct = default);
    Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken ct = default);
    /// <summary>Every entry matching the query's filters, oldest first (for export).</summary>
    IAsyncEnumerable<AuditEntry> StreamAsync(AuditQuery query, CancellationToken ct = default);
    /// <summary>Every entry of the chain in sequence order (for verification).</summary>
    IAsyncEnumerable<AuditEntry> StreamChainAsync(CancellationToken ct = default);
}

public sealed record AuditQuery
{
    public string? Operator { get; init; }

    /// <summary>Only this account's entries; set by the audit service to the page's account when there are many.</summary>
    public string? AccountId { get; init; }

    public string? Action { get; init; }
    public string? Target { get; init; }
    public string? Outcome { get; init; }
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
    public int Page { get; init; }
    public int PageSize { get; init; } = 50;
}

public sealed record AuditPage(IReadOnlyList<AuditEntry> Items, int TotalCount);
