using IamPortal.Application.Commands;

namespace IamPortal.Application.Trends;

/// <summary>Snapshots of the account's hygiene over time, their comparison and attestation. Permission ReadAudit.</summary>
public interface ITrendService
{
    /// <summary>Refreshes the inventory and stores a snapshot now (audited).</summary>
    Task<CommandResult<TrendSnapshotInfo>> TakeSnapshotAsync(CancellationToken ct = default);

    /// <summary>The current account's snapshots, newest first.</summary>
    Task<IReadOnlyList<TrendSnapshotInfo>> ListAsync(CancellationToken ct = default);

    /// <summary>The charts' points, oldest first.</summary>
    Task<IReadOnlyList<TrendPoint>> SeriesAsync(CancellationToken ct = default);

    Task<CommandResult<TrendComparison>> CompareAsync(Guid from, Guid to, CancellationToken ct = default);

    Task<IReadOnlyList<RemediationTime>> RemediationTimesAsync(CancellationToken ct = default);

    /// <summary>The state at a snapshot as CSV or JSON; the export and the snapshot's SHA-256 go into the audit trail.</summary>
    Task<CommandResult<TrendAttestation>> ExportAttestationAsync(Guid snapshot, AttestationFormat format, CancellationToken ct = default);
}
