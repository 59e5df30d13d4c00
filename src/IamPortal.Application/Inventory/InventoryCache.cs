namespace IamPortal.Application.Inventory;

/// <summary>The account's snapshot and the single build in flight; a singleton that scoped services share.</summary>
public sealed class InventoryCache
{
    private readonly Lock _gate = new();
    private Task<InventorySnapshot>? _building;

    public InventorySnapshot? Snapshot { get; private set; }

    public void Clear() => Snapshot = null;

    /// <summary>Joins the build in flight or starts one; the caller's token only stops the caller's wait.</summary>
    public Task<InventorySnapshot> BuildOnceAsync(Func<CancellationToken, Task<InventorySnapshot>> build, CancellationToken ct)
    {
        Task<InventorySnapshot> task;
        lock (_gate)
        {
            _building ??= Task.Run(() => RunAsync(build), CancellationToken.None);
            task = _building;
        }
        return task.WaitAsync(ct);
    }

    private async Task<InventorySnapshot> RunAsync(Func<CancellationToken, Task<InventorySnapshot>> build)
    {
        try
        {
            var snapshot = await build(CancellationToken.None);
            Snapshot = snapshot;
            return snapshot;
        }
        finally
        {
            lock (_gate) _building = null;
        }
    }
}
