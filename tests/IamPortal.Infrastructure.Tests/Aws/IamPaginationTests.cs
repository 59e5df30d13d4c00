using IamPortal.Application.Iam;

namespace IamPortal.Infrastructure.Tests.Aws;

/// <summary>Paging: the same answer whatever the page size, and (on the Sandbox) the expected number of calls.</summary>
public sealed class IamPaginationTests(IamTargetFixture target) : IClassFixture<IamTargetFixture>
{
    [SkippableTheory]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(1000)]
    public async Task ListUsersAsync_PageSize_CallsCeilingOfUsersOverPageSize(int pageSize)
    {
        target.RequireSandbox();
        var expected = await target.Client().ListUsersAsync();
        target.Control.ResetCounters();

        var users = await target.PagedClient(pageSize).ListUsersAsync();

        users.Select(u => u.UserName).Should().Equal(expected.Select(u => u.UserName));
        users.Should().HaveCount(40);
        target.Control.RequestCounts["ListUsers"].Should().Be((long)Math.Ceiling(40.0 / pageSize));
    }

    [SkippableFact]
    public async Task GetAccountAuthorizationDetailsAsync_UserFilterPageSize7_SixCallsAndEveryUser()
    {
        target.RequireSandbox();
        target.Control.ResetCounters();

        var details = await target.PagedClient(7).GetAccountAuthorizationDetailsAsync([AuthorizationDetailsFilter.User]);

        details.Users.Should().HaveCount(40);
        details.Users.Select(u => u.User.UserName).Should().OnlyHaveUniqueItems();
        details.Groups.Should().BeEmpty();
        details.Policies.Should().BeEmpty();
        target.Control.RequestCounts["GetAccountAuthorizationDetails"].Should().Be(6);
    }

    [Fact]
    public async Task GetAccountAuthorizationDetailsAsync_UserAndGroupFilters_PagesOverBothLists()
    {
        var users = await target.Client().ListUsersAsync();
        var groups = await target.Client().ListGroupsAsync();

        var details = await target.PagedClient(7).GetAccountAuthorizationDetailsAsync([AuthorizationDetailsFilter.User, AuthorizationDetailsFilter.Group]);

        Stable(details.Users.Select(u => u.User.UserName)).Should().BeEquivalentTo(Stable(users.Select(u => u.UserName)));
        Stable(details.Groups.Select(g => g.Group.GroupName)).Should().BeEquivalentTo(Stable(groups.Select(g => g.GroupName)));
        details.Policies.Should().BeEmpty();
    }

    [Fact]
    public async Task ListUsersAsync_PageSize2_ReturnsTheSameAsOnePage()
    {
        var all = await target.Client().ListUsersAsync();

        var paged = await target.PagedClient(2).ListUsersAsync();

        Stable(paged.Select(u => u.UserName)).Should().Equal(Stable(all.Select(u => u.UserName)));
    }

    [SkippableFact]
    public async Task GetAccountAuthorizationDetailsAsync_AuthorizationDetailsPageSizeOption_OverridesPageSize()
    {
        target.RequireSandbox();
        target.Control.ResetCounters();

        await target.Client(s => s["Iam:AuthorizationDetailsPageSize"] = "20").GetAccountAuthorizationDetailsAsync([AuthorizationDetailsFilter.User]);

        target.Control.RequestCounts["GetAccountAuthorizationDetails"].Should().Be(2);
    }

    [SkippableFact]
    public async Task ListPoliciesAsync_AwsScopePageSize7_ReturnsTheSameAsOnePage()
    {
        target.RequireSandbox();
        var all = await target.Client().ListPoliciesAsync(PolicyScope.Aws);
        target.Control.ResetCounters();

        var paged = await target.PagedClient(7).ListPoliciesAsync(PolicyScope.Aws);

        paged.Select(p => p.Arn).Should().Equal(all.Select(p => p.Arn));
        target.Control.RequestCounts["ListPolicies"].Should().Be((long)Math.Ceiling(all.Count / 7.0));
    }

    [Fact]
    public async Task ListVirtualMfaDevicesAsync_PageSize2_ReturnsTheSameAsOnePage()
    {
        var all = await target.Client().ListVirtualMfaDevicesAsync();

        var paged = await target.PagedClient(2).ListVirtualMfaDevicesAsync();

        Stable(paged.Select(d => d.SerialNumber)).Should().Equal(Stable(all.Select(d => d.SerialNumber)));
    }

    /// <summary>Leaves out what concurrently running tests create, so the comparison holds on a shared endpoint.</summary>
    private static IEnumerable<string> Stable(IEnumerable<string> names) => names.Where(n => !n.Contains("itest-", StringComparison.Ordinal));
}
