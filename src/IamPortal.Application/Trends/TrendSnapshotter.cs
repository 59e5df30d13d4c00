using IamPortal.Application.Accounts;
using IamPortal.Application.Inventory;

namespace IamPortal.Application.Trends;

/// <summary>
/// Takes a snapshot of an inventory: reads the state, writes its canonical document and hash to the store. No operator
/// check: the service checks the operator, the scheduled job is the portal itself.
/// </summary>
public sealed class TrendSnapshotter(ITrendStateSource source, ITrendStore store, TimeProvider time)
{
    public async Task<TrendSnapshotInfo> CaptureAsync(AccountContext account, InventorySnapshot inventory, string takenBy, CancellationToken ct = default)
    {
        var state = await source.ReadAsync(inventory, ct);
        var document = TrendCodec.Normalize(new TrendDocument(TrendCodec.Schema, account.AccountId, time.GetUtcNow(), takenBy, state.Summary, state.Findings));
        var canonical = TrendCodec.Canonical(document);
        var info = new TrendSnapshotInfo(Guid.CreateVersion7(document.TakenAt), account.AccountId, document.TakenAt, takenBy,
            TrendCodec.Sha256(canonical), document.Summary);
        await store.AddAsync(info, canonical, ct);
        return info;
    }
}
