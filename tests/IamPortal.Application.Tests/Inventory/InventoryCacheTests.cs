using IamPortal.Application.Accounts;
using IamPortal.Application.Inventory;
using IamPortal.Application.Tests.Fakes;

namespace IamPortal.Application.Tests.Inventory;

/// <summary>Patches and drops made while a full build is in flight (ADR 0002), with a build the test finishes.</summary>
public class InventoryCacheTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private static InventorySnapshot SnapshotOf(string accountId, params string[] users) =>
        new(new AccountContext(accountId, null), Sample.Now, Sample.Now, users.Select(u => Sample.Row(u)).ToList(), [], [], TimeSpan.Zero);


    private static InventorySnapshot Snapshot(params string[] users) => SnapshotOf("123456789012", users);

    /// <summary>A build that has started (it is reading IAM) and ends when the test sets its result.</summary>
    private sealed class ControlledBuild
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource<InventorySnapshot> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<InventorySnapshot> RunAsync(CancellationToken ct)
        {
            _started.TrySetResult();
            return _result.Task;
        }

        public Task StartedAsync() => _started.Task.WaitAsync(Wait);

        public void Finish(InventorySnapshot snapshot) => _result.SetResult(snapshot);
    }

    [Fact]
    public async Task Patch_WhileBuildInFlight_AppliedToTheBuildsResult()
    {
        var cache = new InventoryCache().For("123456789012");
        var build = new ControlledBuild();
        var building = cache.BuildOnceAsync(build.RunAsync, CancellationToken.None);
        await build.StartedAsync();

        cache.Patch("bob", Sample.Row("bob", groups: "ops"));
        cache.Patch("carol", null);
        build.Finish(Snapshot("alice", "bob", "carol")); // read before the changes

        var built = await building.WaitAsync(Wait);
        built.FindUser("bob")!.GroupsText.Should().Be("ops");
        built.FindUser("carol").Should().BeNull("the user deleted during the build stays deleted");
        built.Users.Select(u => u.UserName).Should().Equal("alice", "bob");
        cache.Snapshot.Should().BeSameAs(built);
    }

    [Fact]
    public async Task Patch_BeforeTheNextBuild_NotAppliedToIt()
    {
        var cache = new InventoryCache().For("123456789012");
        await cache.BuildOnceAsync(_ => Task.FromResult(Snapshot("alice", "bob")), CancellationToken.None).WaitAsync(Wait);
        cache.Patch("bob", Sample.Row("bob", groups: "ops"));

        var rebuilt = await cache.BuildOnceAsync(_ => Task.FromResult(Snapshot("alice", "bob")), CancellationToken.None).WaitAsync(Wait);

        rebuilt.FindUser("bob")!.GroupsText.Should().BeEmpty("a build that started after the change read IAM after it");
    }

    [Fact]
    public async Task Clear_WhileBuildInFlight_BuildsResultNotKept()
    {
        var cache = new InventoryCache().For("123456789012");
        await cache.BuildOnceAsync(_ => Task.FromResult(Snapshot("alice")), CancellationToken.None).WaitAsync(Wait);
        var build = new ControlledBuild();
        var building = cache.BuildOnceAsync(build.RunAsync, CancellationToken.None);
        await build.StartedAsync();

        cache.Clear(); // what a failed re-read of a changed user does
        build.Finish(Snapshot("alice", "bob"));

        (await building.WaitAsync(Wait)).Users.Should().HaveCount(2, "those waiting for the build still get it");
        cache.Snapshot.Should().BeNull("the build may have read IAM before the change: the next read rebuilds");
        cache.IsBuilding.Should().BeFalse();
    }

    [Fact]
    public async Task For_TwoAccounts_KeepsOneSnapshotEach()
    {
        var cache = new InventoryCache();

        await cache.For("111111111111").BuildOnceAsync(_ => Task.FromResult(SnapshotOf("111111111111", "alice")), CancellationToken.None);
        await cache.For("222222222222").BuildOnceAsync(_ => Task.FromResult(SnapshotOf("222222222222", "bob")), CancellationToken.None);

        cache.For("111111111111").Snapshot!.Users.Select(u => u.UserName).Should().Equal("alice");
        cache.For("222222222222").Snapshot!.Users.Select(u => u.UserName).Should().Equal("bob");
        cache.For("222222222222").Snapshot!.AccountId.Should().Be("222222222222");
    }

    [Fact]
    public async Task PatchAndClear_OneAccount_LeaveTheOtherAlone()
    {
        var cache = new InventoryCache();
        await cache.For("111111111111").BuildOnceAsync(_ => Task.FromResult(SnapshotOf("111111111111", "alice")), CancellationToken.None);
        await cache.For("222222222222").BuildOnceAsync(_ => Task.FromResult(SnapshotOf("222222222222", "alice")), CancellationToken.None);

        cache.For("111111111111").Patch("alice", null);
        cache.For("222222222222").Clear();

        cache.For("111111111111").Snapshot!.Users.Should().BeEmpty();
        cache.For("222222222222").Snapshot.Should().BeNull();
        cache.For("111111111111").Should().BeSameAs(cache.For("111111111111"));
    }
}
