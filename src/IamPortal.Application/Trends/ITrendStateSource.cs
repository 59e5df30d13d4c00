using IamPortal.Application.Inventory;

namespace IamPortal.Application.Trends;

/// <summary>Reads the account's hygiene now from data already fetched (the inventory): never a call to IAM.</summary>
public interface ITrendStateSource
{
    Task<TrendState> ReadAsync(InventorySnapshot inventory, CancellationToken ct = default);
}
