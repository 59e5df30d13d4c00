using IamPortal.Sandbox.Seed;
using IamPortal.Sandbox.State;

namespace IamPortal.Sandbox.Tests.Organization;

public sealed class HygieneAdjusterTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static IamState Seeded(AccountHygiene hygiene)
    {
        var state = new IamState { AccountId = "210987654321", SeedAlias = "acme-test" };
        AccountSeeder.Seed(state, 80, 5, Now);
        HygieneAdjuster.Apply(state, hygiene, 5, Now);
        return state;
    }

    [Fact]
    public void Apply_Clean_GivesEveryConsoleUserMfaAndOnlyYoungRecentlyUsedKeys()
    {
        var state = Seeded(AccountHygiene.Clean);
        state.Users.Values.Where(u => u.LoginProfile is not null).Should().OnlyContain(u => u.MfaSerials.Count > 0);
        var keys = state.Users.Values.SelectMany(u => u.AccessKeys).ToList();
        keys.Should().NotBeEmpty().And.OnlyContain(k => k.CreateDate >= Now.AddDays(-60) && k.LastUsedDate >= Now.AddDays(-7));
        state.MfaDevices.Values.Should().OnlyContain(d => d.SerialNumber.StartsWith("arn:aws:iam::210987654321:mfa/", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_StrongMfa_GivesEveryConsoleUserMfa()
    {
        var state = Seeded(AccountHygiene.StrongMfa);
        state.Users.Values.Where(u => u.LoginProfile is not null).Should().NotBeEmpty().And.OnlyContain(u => u.MfaSerials.Count > 0);
    }

    [Fact]
    public void Apply_Poor_RemovesMfaAgesKeysAndLeavesInactiveUsers()
    {
        var state = Seeded(AccountHygiene.Poor);
        state.MfaDevices.Should().BeEmpty();
        state.Users.Values.Should().OnlyContain(u => u.MfaSerials.Count == 0);
        state.Users.Values.SelectMany(u => u.AccessKeys).Should().NotBeEmpty()
            .And.OnlyContain(k => k.CreateDate <= Now.AddDays(-365) || k.CreateDate == state.Users.Values.First(u => u.AccessKeys.Contains(k)).CreateDate);
        state.Users.Values.Count(u => u.LoginProfile is not null && (u.PasswordLastUsed is null || u.PasswordLastUsed < Now.AddDays(-90)))
            .Should().BeGreaterThan(10);
        state.PasswordPolicy.Should().BeNull();
    }

    [Fact]
    public void Seed_MemberState_UsesItsAccountIdInEveryArnAndAlias()
    {
        var state = Seeded(AccountHygiene.Typical);
        state.Aliases.Should().Equal("acme-test");
        state.Users.Values.Should().OnlyContain(u => u.Arn.StartsWith("arn:aws:iam::210987654321:user/", StringComparison.Ordinal));
        state.Groups.Values.Should().OnlyContain(g => g.Arn.StartsWith("arn:aws:iam::210987654321:group/", StringComparison.Ordinal));
        state.Policies.Values.Where(p => !p.IsAwsManaged).Should().OnlyContain(p => p.Arn.StartsWith("arn:aws:iam::210987654321:policy/", StringComparison.Ordinal));
        state.Users.Values.SelectMany(u => u.AttachedPolicyArns).Where(a => !a.Contains(":aws:policy/", StringComparison.Ordinal))
            .Should().OnlyContain(a => state.Policies.ContainsKey(a), "customer policies attached in a member are that member's");
    }
}
