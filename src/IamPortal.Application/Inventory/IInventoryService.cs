using IamPortal.Application.Accounts;
using IamPortal.Application.Iam;

namespace IamPortal.Application.Inventory;

public interface IInventoryService
{
    /// <summary>The cached snapshot, built on first use.</summary>
    Task<InventorySnapshot> GetAsync(CancellationToken ct = default);
    /// <summary>Rebuilds the snapshot from IAM now.</summary>
    Task<InventorySnapshot> RefreshAsync(CancellationToken ct = default);
    /// <summary>
    /// After a change to one user: re-reads that user from IAM and patches the snapshot (a removed user leaves it).
    /// A part of the user IAM refuses to read keeps the row's previous values; only when the user itself cannot be read
    /// is the snapshot dropped, so the next read rebuilds it. Never throws.
    /// </summary>
    Task UserChangedAsync(string userName, CancellationToken ct = default);
    /// <summary>Drops the cached snapshot so the next read rebuilds it (after changes to many users).</summary>
    Task InvalidateAsync(CancellationToken ct = default);
}
