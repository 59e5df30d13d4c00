using IamPortal.Application.Commands;
using IamPortal.Application.Iam;
using IamPortal.Application.Operators;
using IamPortal.Application.Organization;
using IamPortal.Application.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using static IamPortal.Application.Tests.Organization.OrganizationHarness;

namespace IamPortal.Application.Tests.Organization;

public class UserSearchServiceTests
{
    private readonly OrganizationHarness _h = new();

    public UserSearchServiceTests()
    {
        _h.Inventories[Prod.Id] = Snapshot(Prod.Id, Sample.Row("alice"), Sample.Row("bob"));
        _h.Inventories[Staging.Id] = Snapshot(Staging.Id, Sample.Row("svc-build") with { Tags = [new IamTag("Owner", "Alice.Smith@example.com")] });
        _h.Inventories[Dev.Id] = Snapshot(Dev.Id, Sample.Row("alice-dev"));
    }

    private IUserSearchService Service() => _h.Build().GetRequiredService<IUserSearchService>();

    [Fact]
    public async Task SearchAsync_NameAndTagValue_CaseInsensitiveAcrossAccounts()
    {
        var result = await Service().SearchAsync("ALICE");

        result.Value!.Hits.Select(h => (h.Account.Name, h.UserName, h.Matched)).Should().Equal(
            ("prod", "alice", "name"), ("staging", "svc-build", "tag Owner"), ("dev", "alice-dev", "name"));
        result.Value.TotalMatches.Should().Be(3);
        result.Value.AccountsSearched.Should().Be(3);
    }

    [Fact]
    public async Task SearchAsync_Arn_Matches()
    {
        var result = await Service().SearchAsync("user/bob");

        result.Value!.Hits.Should().ContainSingle(h => h.UserName == "bob" && h.Matched == "ARN");
    }

    [Fact]
    public async Task SearchAsync_Nothing_NoHits()
    {
        var result = await Service().SearchAsync("nobody-like-this");

        result.Value!.Hits.Should().BeEmpty();
        result.Value.TotalMatches.Should().Be(0);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task SearchAsync_EmptyText_InvalidAtTheField(string? text)
    {
        var result = await Service().SearchAsync(text);

        result.Status.Should().Be(CommandStatus.Invalid);
        result.Errors.Should().ContainKey(UserSearch.TextField);
    }

    [Fact]
    public async Task SearchAsync_AccountTheOperatorCannotRead_NotSearched()
    {
        _h.Roles[Dev.Id] = PortalRole.None;

        var result = await Service().SearchAsync("alice");

        result.Value!.Hits.Should().NotContain(h => h.Account == Dev);
        result.Value.AccountsSearched.Should().Be(2);
    }

    [Fact]
    public async Task SearchAsync_FailedAccount_ReportedAndTheOthersSearched()
    {
        _h.Failing[Staging.Id] = new IamException("AccessDenied", "AssumeRole refused");

        var result = await Service().SearchAsync("alice");

        result.Value!.FailedAccounts.Should().ContainSingle(f => f.Account == Staging && f.Error!.Contains("AssumeRole"));
        result.Value.Hits.Select(h => h.UserName).Should().Equal("alice", "alice-dev");
    }

    [Fact]
    public async Task SearchAsync_Limit_TruncatesButCountsAll()
    {
        var result = await Service().SearchAsync("a", limit: 2);

        result.Value!.Hits.Should().HaveCount(2);
        result.Value.Truncated.Should().BeTrue();
    }
}
