namespace IamPortal.Application.Audit;

public static class AuditOutcomes
{
    public const string Success = "Success";
    /// <summary>The operator's portal role did not allow the action: nothing was sent to IAM.</summary>
    public const string Denied = "Denied";
    /// <summary>Refused by the portal's own validation before IAM was called.</summary>
    public const string Invalid = "Invalid";
    /// <summary>Failed without an IAM error code (network, bug).</summary>
    public const string Failed = "Failed";
}

/// <summary>What a service reports about one mutation or refused attempt; the audit log adds sequence and hashes.</summary>
public sealed record AuditRecord(
    DateTimeOffset Timestamp,
    string OperatorSubject,
    string OperatorName,
    string? OperatorEmail,
    string Provider,
    string Role,
    string AccountId,
    string Action,
    string Target,
    string ParametersJson,
    /// <summary>Success, Denied, Invalid, Failed, or the IAM error code (e.g. DeleteConflict).</summary>
    string Outcome,
    string? Error,
    string CorrelationId);

/// <summary>A stored audit entry: the record, its place in the chain, and the chain's hashes.</summary>
public sealed record AuditEntry(long Sequence, AuditRecord Record, string PreviousHash, string Hash);
