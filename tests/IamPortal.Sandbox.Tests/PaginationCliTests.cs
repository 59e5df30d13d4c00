using IamPortal.Sandbox.Tests.Infrastructure;

namespace IamPortal.Sandbox.Tests;

public sealed class PaginationCliTests(PagingFixture fx) : IClassFixture<PagingFixture>
{
    [SkippableFact]
    public async Task List_users_pages_with_max_items_and_page_size()
    {
        fx.Server.Control.ResetCounters();
        var first = (await fx.Cli.RunAsync("iam", "list-users", "--page-size", "25", "--max-items", "60")).ShouldSucceed().Json;
        first.GetProperty("Users").GetArrayLength().Should().Be(60);
        var token = first.GetProperty("NextToken").GetString()!;
        fx.Server.Control.RequestCounts["ListUsers"].Should().Be(3, "60 items in pages of 25 take three calls");

        var rest = (await fx.Cli.RunAsync("iam", "list-users", "--page-size", "25", "--starting-token", token)).ShouldSucceed().Json;
        var all = (await fx.Cli.RunAsync("iam", "list-users")).ShouldSucceed().Json.GetProperty("Users")
            .EnumerateArray().Select(u => u.GetProperty("UserName").GetString()).ToList();

        var paged = first.GetProperty("Users").EnumerateArray().Concat(rest.GetProperty("Users").EnumerateArray())
            .Select(u => u.GetProperty("UserName").GetString()).ToList();
        all.Should().HaveCount(130);
        paged.Should().Equal(all);
        rest.TryGetProperty("NextToken", out _).Should().BeFalse();
    }

    [SkippableFact]
    public async Task Group_members_and_path_prefix_filter()
    {
        var automation = (await fx.Cli.RunAsync("iam", "list-users", "--path-prefix", "/automation/")).ShouldSucceed().Json;
        automation.GetProperty("Users").EnumerateArray().Select(u => u.GetProperty("UserName").GetString())
            .Should().Contain(["svc-ci-deploy", "svc-backup"]).And.OnlyContain(n => n!.StartsWith("svc-"));

        var group = (await fx.Cli.RunAsync("iam", "get-group", "--group-name", "engineering-developers", "--page-size", "5")).ShouldSucceed().Json;
        group.GetProperty("Group").GetProperty("GroupName").GetString().Should().Be("engineering-developers");
        group.GetProperty("Users").GetArrayLength().Should().BeGreaterThan(5);
    }

    [Fact]
    public async Task Max_items_out_of_range_is_a_validation_error()
    {
        var r = await fx.Http.CallAsync("ListUsers", ("MaxItems", "1001"));
        r.Status.Should().Be(400);
        r.ErrorCode.Should().Be("ValidationError");
        var page = await fx.Http.CallAsync("ListUsers", ("MaxItems", "7"));
        page.All("member").Should().HaveCount(7);
        page.Value("IsTruncated").Should().Be("true");
        page.Value("Marker").Should().NotBeNullOrEmpty();
    }
}
