using IamPortal.Application.Inventory;

namespace IamPortal.Web.Tests.Fakes;

public sealed class FakeInventoryService : IInventoryService
{
    public int Refreshes { get; private set; }

    private InventorySnapshot Snapshot => new(new("123456789012", null), TestData.Now, TestData.Now, [], [], [], TimeSpan.FromSeconds(1));

    public Task<InventorySnapshot> GetAsync(CancellationToken ct = default) => Task.FromResult(Snapshot);

    public Task<InventorySnapshot> RefreshAsync(CancellationToken ct = default)
    {
        Refreshes++;
        return Task.FromResult(Snapshot);
    }

    public Task UserChangedAsync(string userName, CancellationToken ct = default) => Task.CompletedTask;

    public Task InvalidateAsync(CancellationToken ct = default) => Task.CompletedTask;
}
