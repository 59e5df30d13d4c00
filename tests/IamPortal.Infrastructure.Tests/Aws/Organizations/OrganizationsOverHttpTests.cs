using IamPortal.Application.Accounts;
using IamPortal.Application.Iam;
using IamPortal.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Infrastructure.Tests.Aws.Organizations;

/// <summary>The Organizations JSON client over real HTTP and SigV4 against the Sandbox's organization.</summary>
public sealed class OrganizationsOverHttpTests(OrganizationTargetFixture target) : IClassFixture<OrganizationTargetFixture>
{
    private IOrganizationsClient Client(IamPortal.Infrastructure.Aws.IamConnectionOverride? connection = null) =>
        target.Services(connection: connection).GetRequiredService<IOrganizationsClient>();

    [SkippableFact]
    public async Task ListAccountsAsync_Organization_ReturnsEveryAccountOverTwoPages()
    {
        target.RequireSandbox();
        target.Control.ResetCounters();

        var accounts = await Client().ListAccountsAsync();

        accounts.Select(a => a.Id).Should().Equal(target.Control.Accounts.Select(a => a.Id));
        accounts.Should().HaveCount(1 + 3 + OrganizationTargetFixture.EmptyMembers);
        target.Control.RequestCounts["ListAccounts"].Should().Be(2, "26 accounts are two pages of 20");
        var workload = accounts.Single(a => a.Id == OrganizationTargetFixture.WorkloadId);
        (workload.Name, workload.Email, workload.Status, workload.IsActive).Should().Be(("Workload", "aws-workload@example.com", "ACTIVE", true));
        workload.Arn.Should().Be($"arn:aws:organizations::{SandboxAccount.AccountId}:account/o-sbx4demo01/{OrganizationTargetFixture.WorkloadId}");
        workload.JoinedTimestamp.Should().BeAfter(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero));
        accounts.Single(a => a.Id == OrganizationTargetFixture.SuspendedId).IsActive.Should().BeFalse();
    }

    [SkippableFact]
    public async Task DescribeOrganizationAsync_Organization_NamesTheManagementAccount()
    {
        target.RequireSandbox();

        var organization = await Client().DescribeOrganizationAsync();

        organization.Should().Be(new OrganizationDescription("o-sbx4demo01", $"arn:aws:organizations::{SandboxAccount.AccountId}:organization/o-sbx4demo01",
            SandboxAccount.AccountId, organization.MasterAccountEmail, "ALL"));
    }

    [SkippableFact]
    public async Task ListAccountsAsync_MemberAccountsKeys_IsAccessDenied()
    {
        target.RequireSandbox();
        var member = target.Control.Accounts.Single(a => a.Id == OrganizationTargetFixture.WorkloadId);

        var act = () => Client(target.Connection(member.OperatorAccessKeyId, member.OperatorSecretAccessKey)).ListAccountsAsync();

        (await act.Should().ThrowAsync<IamAccessDeniedException>()).Which.HttpStatus.Should().Be(400);
    }

    [SkippableFact]
    public async Task ListAccountsAsync_Throttled_IsRetriedThenAnswers()
    {
        target.RequireSandbox();
        target.Control.FailNext("ListAccounts", "Throttling", times: 2);

        var accounts = await Client().ListAccountsAsync();

        accounts.Should().HaveCount(target.Control.Accounts.Count);
    }
}

/// <summary>The Organizations client against a Sandbox without an organization: Organizations' own error, typed.</summary>
public sealed class OrganizationsWithoutOrganizationTests(IamTargetFixture target) : IClassFixture<IamTargetFixture>
{
    [SkippableFact]
    public async Task DescribeOrganizationAsync_SingleAccount_IsNotInUse()
    {
        target.RequireSandbox();

        var act = () => target.Services().GetRequiredService<IOrganizationsClient>().DescribeOrganizationAsync();

        (await act.Should().ThrowAsync<IamException>()).Which.Code.Should().Be("AWSOrganizationsNotInUseException");
    }
}
