namespace IamPortal.Infrastructure.Persistence;

/// <summary>A journaled job: searchable columns plus the job itself (steps and their states) as JSON.</summary>
public sealed class JobEntity
{
    public Guid Id { get; set; }
    /// <summary>The AWS account the job acts on; empty on rows journaled before jobs recorded it.</summary>
    public string AccountId { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Target { get; set; } = "";
    public string Status { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public string Json { get; set; } = "";
}

/// <summary>A portal setting stored as JSON under a key (e.g. the guardrails).</summary>
public sealed class SettingEntity
{
    public string Key { get; set; } = "";
    public string Json { get; set; } = "";
    public DateTime UpdatedAtUtc { get; set; }
}

/// <summary>A lease: who holds the named work and until when (ADR 0012).</summary>
public sealed class LeaseEntity
{
    public string Name { get; set; } = "";
    public string Holder { get; set; } = "";
    public DateTime ExpiresAtUtc { get; set; }
}
