namespace IamPortal.Infrastructure.Persistence;

/// <summary>The audit table's row. Sequence is assigned by the log (no gaps), so a deleted row is detectable.</summary>
public sealed class AuditEntryEntity
{
    public long Sequence { get; set; }
    public DateTime TimestampUtc { get; set; }
    public string OperatorSubject { get; set; } = "";
    public string OperatorName { get; set; } = "";
    public string? OperatorEmail { get; set; }
    public string Provider { get; set; } = "";
    public string Role { get; set; } = "";
    public string AccountId { get; set; } = "";
    public string Action { get; set; } = "";
    public string Target { get; set; } = "";
    public string ParametersJson { get; set; } = "{}";
    public string Outcome { get; set; } = "";
    public string? Error { get; set; }
    public string CorrelationId { get; set; } = "";
    public string PreviousHash { get; set; } = "";
    public string Hash { get; set; } = "";
}
