using IamPortal.Sandbox.Catalog;
using IamPortal.Sandbox.Seed;
using IamPortal.Sandbox.State;

namespace IamPortal.Sandbox.Tests;

public sealed class SeedTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static IamState Build(int users, int seed, DateTimeOffset? now = null)
    {
        var state = new IamState();
        AccountSeeder.Seed(state, users, seed, now ?? Now);
        return state;
    }

    [Fact]
    public void Same_size_and_seed_give_the_same_account()
    {
        var a = Build(300, 42);
        var b = Build(300, 42, Now.AddDays(10));
        a.Users.Should().HaveCount(300);
        a.SortedUsers.Select(u => u.UserName).Should().Equal(b.SortedUsers.Select(u => u.UserName));
        a.SortedUsers.Select(u => u.UserId).Should().Equal(b.SortedUsers.Select(u => u.UserId));
        a.SortedUsers.Select(u => u.CreateDate.AddDays(10)).Should().Equal(b.SortedUsers.Select(u => u.CreateDate), "dates shift with the seed time");
        Build(300, 43).SortedUsers.Select(u => u.UserName).Should().NotEqual(a.SortedUsers.Select(u => u.UserName));
    }

    [Fact]
    public void Seeded_account_tells_a_credential_story()
    {
        var s = Build(300, 42);
        var users = s.Users.Values.ToList();
        users.Select(u => u.UserName.ToLowerInvariant()).Should().OnlyHaveUniqueItems();
        users.Should().Contain(u => u.UserName == "break-glass-admin" && u.LoginProfile != null && u.MfaSerials.Count == 1 && u.GroupNames.Contains("admins"));
        users.Where(u => u.Path == "/automation/").Should().HaveCountGreaterThanOrEqualTo(3)
            .And.OnlyContain(u => u.LoginProfile == null && u.AccessKeys.Count > 0);
        users.Should().Contain(u => u.AttachedPolicyArns.Contains(ManagedPolicyCatalog.AdministratorAccess));
        var keys = users.SelectMany(u => u.AccessKeys).ToList();
        keys.Should().Contain(k => k.CreateDate < Now.AddDays(-90), "some keys are older than 90 days");
        keys.Should().Contain(k => k.LastUsedDate == null, "some keys were never used");
        keys.Should().Contain(k => k.LastUsedDate < Now.AddDays(-90));
        users.Should().Contain(u => u.AccessKeys.Count(k => k.Status == "Active") == 2);
        users.Should().Contain(u => u.LoginProfile != null && u.PasswordLastUsed == null && u.AccessKeys.Count == 0, "some users never signed in");
        users.Should().Contain(u => u.PasswordLastUsed < Now.AddDays(-45));
        users.Should().Contain(u => u.LoginProfile != null && u.MfaSerials.Count == 0);
        users.Should().Contain(u => u.PermissionsBoundaryArn != null);
        users.Should().Contain(u => u.InlinePolicies.Count > 0);
        users.Should().Contain(u => u.ServiceSpecificCredentials.Count > 0);
        users.Count(u => u.Tags.Any(t => t.Key == "Department")).Should().BeGreaterThan(200);
        s.Groups.Keys.Should().Contain(["admins", "readonly-auditors", "billing", "engineering-developers", "finance-analysts"]);
        s.Policies.Values.Should().Contain(p => !p.IsAwsManaged && p.Versions.Count > 1);
        s.PasswordPolicy.Should().NotBeNull();
        s.Aliases.Should().Equal(SandboxAccount.Alias);
        s.Policies[ManagedPolicyCatalog.AdministratorAccess].AttachmentCount.Should().BeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public void Seed_TenThousandUsers_BuildsThemAllWithUniqueNames()
    {
        var s = Build(10_000, 42);

        s.Users.Should().HaveCount(10_000, "a name collision would have overwritten a user");
        s.SortedUsers.Select(u => u.UserId).Distinct().Should().HaveCount(10_000);
    }
}
