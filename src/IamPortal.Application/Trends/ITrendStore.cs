namespace IamPortal.Application.Trends;

/// <summary>Where snapshots are kept: the summary readable on its own (for lists and charts), the canonical document compressed.</summary>
public interface ITrendStore
{
    Task AddAsync(TrendSnapshotInfo info, byte[] canonical, CancellationToken ct = default);

    /// <summary>The account's snapshots, oldest first.</summary>
    Task<IReadOnlyList<TrendSnapshotInfo>> ListAsync(string accountId, CancellationToken ct = default);

    /// <summary>Deletes the account's snapshots taken before <paramref name="before"/>, never the newest; returns how many went.</summary>
    Task<int> DeleteTakenBeforeAsync(string accountId, DateTimeOffset before, CancellationToken ct = default);

    /// <summary>The snapshot's canonical document (decompressed), or null when there is no such snapshot for the account.</summary>
    Task<byte[]?> GetCanonicalAsync(string accountId, Guid id, CancellationToken ct = default);
}
