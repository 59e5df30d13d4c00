using IamPortal.Application.Iam;
using IamPortal.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Infrastructure.Tests.Aws.RoleSessions;

/// <summary>
/// The IAM and STS clients in a member account of the Sandbox's organization, over real HTTP: STS AssumeRole with the
/// portal's own keys, requests signed with the session token, and the operator as SourceIdentity on changes.
/// </summary>
public sealed class MemberAccountOverHttpTests(OrganizationTargetFixture target) : IClassFixture<OrganizationTargetFixture>
{
    private const string Operator = "alice@example.com";
    private static readonly IamPortal.Application.Accounts.AwsTarget Workload = OrganizationTargetFixture.Target(OrganizationTargetFixture.WorkloadId);

    [SkippableFact]
    public async Task ListUsersAsync_MemberTarget_ListsThatAccountsUsers()
    {
        target.RequireSandbox();

        var users = await target.Iam(Workload).ListUsersAsync();
        var own = await target.Iam(null).ListUsersAsync();

        users.Select(u => u.UserName).Order(StringComparer.Ordinal).Should().Equal(target.UserNames(OrganizationTargetFixture.WorkloadId));
        users.Should().OnlyContain(u => u.Arn.StartsWith($"arn:aws:iam::{OrganizationTargetFixture.WorkloadId}:user/", StringComparison.Ordinal));
        own.Select(u => u.UserName).Order(StringComparer.Ordinal).Should().Equal(target.UserNames(SandboxAccount.AccountId));
    }

    [SkippableFact]
    public async Task CreateUserAsync_MemberTarget_RecordsTheOperatorAsSourceIdentity()
    {
        target.RequireSandbox();
        var name = TestNames.Unique("si");

        await target.Iam(Workload, Operator).CreateUserAsync(name);

        var created = target.Control.Events(OrganizationTargetFixture.WorkloadId).Single(e => e.EventName == "CreateUser" && e.Parameters["UserName"] == name);
        created.SourceIdentity.Should().Be(Operator);
        created.CallerArn.Should().Be($"arn:aws:sts::{OrganizationTargetFixture.WorkloadId}:assumed-role/{SandboxOrganizationDefaults.PortalRole}/iam-portal");
        created.ErrorCode.Should().BeNull();
        target.UserNames(OrganizationTargetFixture.WorkloadId).Should().Contain(name);
        target.UserNames(SandboxAccount.AccountId).Should().NotContain(name);
        target.Control.Events(SandboxAccount.AccountId).Should().NotContain(e => e.EventName == "CreateUser" && e.Parameters["UserName"] == name);
    }

    [SkippableFact]
    public async Task ListUsersAsync_MemberTarget_ReadsInASessionWithoutSourceIdentity()
    {
        target.RequireSandbox();
        var before = target.Control.Events(OrganizationTargetFixture.GuardedId).Count;
        var guarded = OrganizationTargetFixture.Target(OrganizationTargetFixture.GuardedId);

        await target.Iam(guarded, "bob@example.com").ListUsersAsync();

        var events = target.Control.Events(OrganizationTargetFixture.GuardedId).Skip(before).ToList();
        events.Should().ContainSingle().Which.Should().Match<SandboxEvent>(e => e.EventName == "AssumeRole" && e.SourceIdentity == null,
            "a read assumes the role without SourceIdentity and records nothing itself");
    }

    [SkippableFact]
    public async Task GetCallerIdentityAsync_MemberTarget_IsTheAssumedRoleInThatAccount()
    {
        target.RequireSandbox();

        var identity = await target.For(Workload).GetRequiredService<IStsClient>().GetCallerIdentityAsync();

        identity.Account.Should().Be(OrganizationTargetFixture.WorkloadId);
        identity.Arn.Should().Be($"arn:aws:sts::{OrganizationTargetFixture.WorkloadId}:assumed-role/{SandboxOrganizationDefaults.PortalRole}/iam-portal");
    }

    [SkippableFact]
    public async Task GetCallerIdentityAsync_AssumeRoleRefused_IsAccessDeniedNamingTheRole()
    {
        target.RequireSandbox();
        var guardedWithoutExternalId = OrganizationTargetFixture.Target(OrganizationTargetFixture.GuardedId) with { ExternalId = null };

        var act = () => target.For(guardedWithoutExternalId).GetRequiredService<IStsClient>().GetCallerIdentityAsync();

        (await act.Should().ThrowAsync<IamAccessDeniedException>()).Which.Message.Should()
            .StartWith($"The portal could not assume {guardedWithoutExternalId.RoleArn} in account {OrganizationTargetFixture.GuardedId}: ");
    }

    [SkippableFact]
    public async Task GetAccessKeyInfoAsync_MemberUsersKey_NamesTheMemberAccount()
    {
        target.RequireSandbox();
        var member = target.Iam(Workload, Operator);
        var user = TestNames.Unique("key");
        await member.CreateUserAsync(user);
        var key = await member.CreateAccessKeyAsync(user);

        var owner = await target.For(null).GetRequiredService<IStsClient>().GetAccessKeyInfoAsync(key.AccessKeyId);

        owner.Should().Be(OrganizationTargetFixture.WorkloadId);
    }

    [SkippableFact]
    public async Task ListUsersAsync_WrongExternalId_IsAccessDeniedNamingTheRoleAndAccount()
    {
        target.RequireSandbox();
        var wrong = OrganizationTargetFixture.Target(OrganizationTargetFixture.GuardedId, externalId: "not-the-one");

        var act = () => target.Iam(wrong).ListUsersAsync();

        var error = (await act.Should().ThrowAsync<IamAccessDeniedException>()).Which;
        error.Message.Should().StartWith($"The portal could not assume {wrong.RoleArn} in account {OrganizationTargetFixture.GuardedId}: ");
    }

    [SkippableFact]
    public async Task ListUsersAsync_RoleMissingInTheAccount_IsAccessDenied()
    {
        target.RequireSandbox();
        var missing = OrganizationTargetFixture.Target(OrganizationTargetFixture.WorkloadId, roleName: "NoSuchRole");

        var act = () => target.Iam(missing).ListUsersAsync();

        (await act.Should().ThrowAsync<IamAccessDeniedException>()).Which.Message.Should().Contain("NoSuchRole");
    }

    [SkippableFact]
    public async Task ListUsersAsync_ManyCallsInOneAccount_AssumeTheRoleOnce()
    {
        target.RequireSandbox();
        var services = target.For(OrganizationTargetFixture.Target(OrganizationTargetFixture.GuardedId));
        var iam = services.GetRequiredService<IIamClient>();
        target.Control.ResetCounters();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => iam.ListUsersAsync()));
        await iam.ListGroupsAsync();

        target.Control.RequestCounts.GetValueOrDefault("AssumeRole").Should().Be(1);
        target.Control.RequestCounts["ListUsers"].Should().Be(8);
    }
}
