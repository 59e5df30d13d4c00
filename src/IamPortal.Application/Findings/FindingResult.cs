namespace IamPortal.Application.Findings;

public enum FindingResourceType { Account, Root, User, Group, Policy, PasswordPolicy }

/// <summary>One check's verdict on one resource. <see cref="Acceptance"/> is set while an unexpired acceptance covers it.</summary>
public sealed record FindingResult(
    string CheckId,
    FindingResourceType ResourceType,
    string ResourceId,
    string ResourceName,
    string? ResourceArn,
    FindingStatus Status,
    string Detail,
    RiskAcceptance? Acceptance = null);

/// <summary>A recorded decision to live with one failing resource of one check until <see cref="ExpiresAt"/>.</summary>
public sealed record RiskAcceptance(
    Guid Id,
    string AccountId,
    string CheckId,
    string ResourceId,
    string ResourceName,
    string Owner,
    string Justification,
    DateTimeOffset AcceptedAt,
    string AcceptedBy,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt = null,
    string? RevokedBy = null)
{
    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;
}
