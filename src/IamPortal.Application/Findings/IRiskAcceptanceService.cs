using IamPortal.Application.Commands;

namespace IamPortal.Application.Findings;

/// <summary>What the "Accept risk" dialog sends. <see cref="ExpiresOn"/> is a UTC day: the acceptance ends at its end.</summary>
public sealed record AcceptRiskRequest(string CheckId, string ResourceId, string ResourceName, string Owner, string Justification, DateOnly? ExpiresOn);

/// <summary>An acceptance as the list shows it: expiring within the warning window is flagged.</summary>
public sealed record RiskAcceptanceRow(RiskAcceptance Acceptance, bool ExpiresSoon, bool Active);

public interface IRiskAcceptanceService
{
    /// <summary>Accepts one failing resource of one check until the end of the chosen UTC day (at most a year). ReadAudit; audited.</summary>
    Task<CommandResult<RiskAcceptance>> AcceptAsync(AcceptRiskRequest request, CancellationToken ct = default);
    /// <summary>Ends an acceptance now. ReadAudit; audited.</summary>
    Task<CommandResult<RiskAcceptance>> RevokeAsync(Guid id, CancellationToken ct = default);
    /// <summary>The account's acceptances, newest first (ReadAudit); revoked and expired ones only when asked.</summary>
    Task<CommandResult<IReadOnlyList<RiskAcceptanceRow>>> ListAsync(bool includeInactive = false, CancellationToken ct = default);
}

/// <summary>Where acceptances are kept (EF store in Infrastructure).</summary>
public interface IRiskAcceptanceStore
{
    Task<IReadOnlyList<RiskAcceptance>> ListAsync(string accountId, CancellationToken ct = default);
    Task<RiskAcceptance?> FindAsync(Guid id, CancellationToken ct = default);
    Task AddAsync(RiskAcceptance acceptance, CancellationToken ct = default);
    Task UpdateAsync(RiskAcceptance acceptance, CancellationToken ct = default);
}
