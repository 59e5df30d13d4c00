using IamPortal.Sandbox.Operations;
using IamPortal.Sandbox.State;

namespace IamPortal.Sandbox.Tests.Operations;

public sealed class ServiceLastAccessedTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private static readonly string[] Services = [.. Enumerable.Range(0, 60).Select(i => "svc" + i)];

    [Fact]
    public void LastUse_ActiveUser_SomeRecentSomeMonthsOldSomeNever()
    {
        var user = new UserEntity { UserName = "alice", CreateDate = Now.AddDays(-1000), PasswordLastUsed = Now.AddDays(-1) };
        var uses = Services.Select(s => ServiceLastAccessedOperations.LastUse(user, s, Now)).ToList();

        uses.Should().Contain(u => u == null, "about one service in three is never used");
        uses.Should().Contain(u => u != null && u.Value.When > Now.AddDays(-30));
        uses.Should().Contain(u => u != null && u.Value.When < Now.AddDays(-90), "a 90-day threshold has something to find");
        uses.Should().OnlyContain(u => u == null || u.Value.When >= Now.AddDays(-ServiceLastAccessedOperations.TrackingWindowDays));
    }

    [Fact]
    public void LastUse_NewUser_NeverBeforeTheUserExisted()
    {
        var user = new UserEntity { UserName = "new", CreateDate = Now.AddDays(-10), PasswordLastUsed = Now.AddDays(-1) };
        Services.Select(s => ServiceLastAccessedOperations.LastUse(user, s, Now))
            .Should().OnlyContain(u => u == null || u.Value.When >= user.CreateDate);
    }

    [Fact]
    public void LastUse_KeyLastCalledTheService_ThatExactUse()
    {
        var user = new UserEntity
        {
            UserName = "svc", CreateDate = Now.AddDays(-500),
            AccessKeys = [new AccessKey { AccessKeyId = "AKIA1", LastUsedDate = Now.AddDays(-3), LastUsedService = "s3", LastUsedRegion = "eu-west-1" }],
        };
        ServiceLastAccessedOperations.LastUse(user, "s3", Now).Should().Be((Now.AddDays(-3), "eu-west-1"));
    }

    [Fact]
    public void LastUse_UserWithoutActivity_NeverUsed()
    {
        var user = new UserEntity { UserName = "idle", CreateDate = Now.AddDays(-500) };
        Services.Select(s => ServiceLastAccessedOperations.LastUse(user, s, Now)).Should().OnlyContain(u => u == null);
    }
}
