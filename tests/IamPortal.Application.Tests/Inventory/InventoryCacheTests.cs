using IamPortal.Application.Accounts;
using IamPortal.Application.Inventory;
using IamPortal.Application.Tests.Fakes;

namespace IamPortal.Application.Tests.Inventory;

public class InventoryCacheTests
{
    private static InventorySnapshot Snapshot(string accountId, params string[] users) =>
        new(new AccountContext(accountId, null), Sample.Now, Sample.Now, users.Select(u => Sample.Row(u)).ToList(), [], [], TimeSpan.Zero);

    [Fact]
    public async Task For_TwoAccounts_KeepsOneSnapshotEach()
    {
        var cache = new InventoryCache();

        await cache.For("111111111111").BuildOnceAsync(_ => Task.FromResult(Snapshot("111111111111", "alice")), CancellationToken.None);
        await cache.For("222222222222").BuildOnceAsync(_ => Task.FromResult(Snapshot("222222222222", "bob")), CancellationToken.None);

        cache.For("111111111111").Snapshot!.Users.Select(u => u.UserName).Should().Equal("alice");
        cache.For("222222222222").Snapshot!.Users.Select(u => u.UserName).Should().Equal("bob");
        cache.For("222222222222").Snapshot!.AccountId.Should().Be("222222222222");
    }

    [Fact]
    public async Task PatchAndClear_OneAccount_LeaveTheOtherAlone()
    {
        var cache = new InventoryCache();
        await cache.For("111111111111").BuildOnceAsync(_ => Task.FromResult(Snapshot("111111111111", "alice")), CancellationToken.None);
        await cache.For("222222222222").BuildOnceAsync(_ => Task.FromResult(Snapshot("222222222222", "alice")), CancellationToken.None);

        cache.For("111111111111").Patch("alice", null);
        cache.For("222222222222").Clear();

        cache.For("111111111111").Snapshot!.Users.Should().BeEmpty();
        cache.For("222222222222").Snapshot.Should().BeNull();
        cache.For("111111111111").Should().BeSameAs(cache.For("111111111111"));
    }
}
