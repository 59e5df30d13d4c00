using IamPortal.Application.Accounts;
using IamPortal.Application.Iam;
using IamPortal.Infrastructure.Aws.RoleSessions;
using Microsoft.Extensions.Time.Testing;

namespace IamPortal.Infrastructure.Tests.Aws.RoleSessions;

public sealed class RoleSessionCacheTests
{
    private static readonly AwsTarget Prod = new("111122223333", "arn:aws:iam::111122223333:role/IamPortal", "ext-1");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero));
    private readonly FakeRoleAssumer _sts;
    private readonly RoleSessionCache _cache;

    public RoleSessionCacheTests()
    {
        _sts = new FakeRoleAssumer(_time);
        _cache = new RoleSessionCache(_sts, _time);
    }

    [Fact]
    public async Task GetAsync_ConcurrentCallers_ShareOneAssumeRole()
    {
        _sts.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var callers = Enumerable.Range(0, 20).Select(_ => Task.Run(() => _cache.GetAsync(Prod, "alice@example.com", CancellationToken.None))).ToList();
        await Task.Delay(50);
        _sts.Gate.SetResult();
        var sessions = await Task.WhenAll(callers);

        _sts.CallCount.Should().Be(1);
        sessions.Should().OnlyContain(s => ReferenceEquals(s, sessions[0]));
    }

    [Fact]
    public async Task GetAsync_CallerCancels_OthersStillGetTheSession()
    {
        _sts.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var cancelled = new CancellationTokenSource();
        var first = _cache.GetAsync(Prod, null, cancelled.Token);
        var second = _cache.GetAsync(Prod, null, CancellationToken.None);

        await cancelled.CancelAsync();
        _sts.Gate.SetResult();

        await FluentActions.Awaiting(() => first).Should().ThrowAsync<OperationCanceledException>();
        (await second).Credentials.GetCredentials().AccessKey.Should().Be("ASIAFAKE1");
        _sts.CallCount.Should().Be(1);
    }

    [Fact]
    public async Task GetAsync_UntilFiveMinutesBeforeExpiry_ReusesThenRefreshes()
    {
        var first = await _cache.GetAsync(Prod, null, CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(54));
        var reused = await _cache.GetAsync(Prod, null, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1));
        var refreshed = await _cache.GetAsync(Prod, null, CancellationToken.None);

        reused.Should().BeSameAs(first);
        refreshed.Should().NotBeSameAs(first);
        refreshed.Expiration.Should().Be(_time.GetUtcNow() + TimeSpan.FromHours(1));
        _sts.CallCount.Should().Be(2);
    }

    [Fact]
    public async Task GetAsync_DifferentSourceIdentities_AssumeSeparateSessions()
    {
        var read = await _cache.GetAsync(Prod, null, CancellationToken.None);
        var alice = await _cache.GetAsync(Prod, "alice@example.com", CancellationToken.None);
        var bob = await _cache.GetAsync(Prod, "bob@example.com", CancellationToken.None);
        var aliceAgain = await _cache.GetAsync(Prod, "alice@example.com", CancellationToken.None);

        new[] { read, alice, bob }.Should().OnlyHaveUniqueItems();
        aliceAgain.Should().BeSameAs(alice);
        _sts.Calls.Select(c => c.SourceIdentity).Should().Equal(null, "alice@example.com", "bob@example.com");
        _sts.Calls.Should().OnlyContain(c => c.Target == Prod);
    }

    [Fact]
    public async Task GetAsync_SourceIdentityOutsideStsRules_IsSentInStsForm()
    {
        var first = await _cache.GetAsync(Prod, "Alice Smith <alice@example.com>", CancellationToken.None);
        var same = await _cache.GetAsync(Prod, "Alice-Smith--alice@example.com-", CancellationToken.None);

        _sts.Calls.Single().SourceIdentity.Should().Be("Alice-Smith--alice@example.com-");
        same.Should().BeSameAs(first);
    }

    [Fact]
    public async Task GetAsync_OtherExternalId_IsAnotherSession()
    {
        await _cache.GetAsync(Prod, null, CancellationToken.None);
        await _cache.GetAsync(Prod with { ExternalId = "ext-2" }, null, CancellationToken.None);

        _sts.CallCount.Should().Be(2);
    }

    [Fact]
    public async Task GetAsync_AssumeRoleFails_IsNotCached()
    {
        _sts.Failure = new IamAccessDeniedException("The portal could not assume the role: not authorized");

        var act = () => _cache.GetAsync(Prod, null, CancellationToken.None);
        (await act.Should().ThrowAsync<IamAccessDeniedException>()).Which.Message.Should().Contain("not authorized");
        _cache.Count.Should().Be(0);

        _sts.Failure = null;
        var session = await _cache.GetAsync(Prod, null, CancellationToken.None);

        session.Credentials.GetCredentials().AccessKey.Should().Be("ASIAFAKE2");
        _sts.CallCount.Should().Be(2);
    }

    [Fact]
    public async Task Forget_TheCachedSession_NextCallAssumesAgain()
    {
        var expired = await _cache.GetAsync(Prod, "alice@example.com", CancellationToken.None);

        _cache.Forget(Prod, "alice@example.com", expired);
        var renewed = await _cache.GetAsync(Prod, "alice@example.com", CancellationToken.None);
        _cache.Forget(Prod, "alice@example.com", expired);

        renewed.Should().NotBeSameAs(expired);
        (await _cache.GetAsync(Prod, "alice@example.com", CancellationToken.None)).Should().BeSameAs(renewed,
            "forgetting an old session keeps the newer one that replaced it");
    }

    [Fact]
    public async Task GetAsync_MoreKeysThanCapacity_DropsTheOldest()
    {
        for (var i = 0; i <= RoleSessionCache.Capacity; i++)
        {
            await _cache.GetAsync(Prod, $"operator{i}", CancellationToken.None);
        }

        _cache.Count.Should().Be(RoleSessionCache.Capacity);
        await _cache.GetAsync(Prod, $"operator{RoleSessionCache.Capacity}", CancellationToken.None);
        _sts.CallCount.Should().Be(RoleSessionCache.Capacity + 1, "the newest session is still held");
        await _cache.GetAsync(Prod, "operator0", CancellationToken.None);
        _sts.CallCount.Should().Be(RoleSessionCache.Capacity + 2, "the oldest one was dropped");
    }

    [Fact]
    public async Task GetAsync_TargetWithoutRole_IsRefused()
    {
        var act = () => _cache.GetAsync(new AwsTarget("111122223333", null, null), null, CancellationToken.None);

        await act.Should().ThrowAsync<ArgumentException>();
    }
}
