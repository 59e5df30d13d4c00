using Bunit;
using IamPortal.Application.Accounts;
using IamPortal.Application.Commands;
using IamPortal.Application.Iam;
using IamPortal.Application.Organization;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Web.Features.Organization;
using IamPortal.Web.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using NSubstitute;

namespace IamPortal.Web.Tests.Features.Organization;

public sealed class OrganizationPagesTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);
    private static readonly PortalAccount Prod = new("111111111111", "prod", "arn:aws:iam::111111111111:role/IamPortalRole", null, AccountSource.Configured);
    private static readonly PortalAccount Staging = new("222222222222", "staging", "arn:aws:iam::222222222222:role/IamPortalRole", null, AccountSource.Configured);
    private const string Key = "AKIAIOSFODNN7EXAMPLE";

    private readonly IOrganizationOverviewService _overview = Substitute.For<IOrganizationOverviewService>();
    private readonly IUserSearchService _search = Substitute.For<IUserSearchService>();
    private readonly IKeyOwnerService _keys = Substitute.For<IKeyOwnerService>();
    private readonly BunitContext _ctx;
    private readonly IRenderedComponent<MudDialogProvider> _dialogs;

    public OrganizationPagesTests()
    {
        _ctx = PortalTestContext.Create(configure: s =>
        {
            s.AddSingleton(_overview);
            s.AddSingleton(_search);
            s.AddSingleton(_keys);
        });
        _dialogs = _ctx.Render<MudDialogProvider>();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _ctx.DisposeAsync().AsTask();

    private static OrganizationOverview Overview(params AccountOverviewRow[] rows) => new(rows, TestData.Now);

    private static AccountOverviewRow Ok(PortalAccount account, int users) => new(account, new AccountFigures(users, 4, 3, 2, 1, TestData.Now.AddHours(-1)),
        new AccountFindings(new Dictionary<RiskSeverity, int> { [RiskSeverity.High] = 5, [RiskSeverity.Critical] = 1 }), null);

    [Fact]
    public void OverviewPage_TwoAccountsOneFailed_RowsTotalsErrorAndLinksIntoTheAccount()
    {
        _overview.GetAsync(Arg.Any<CancellationToken>()).Returns(CommandResult.Ok(Overview(Ok(Prod, 10),
            new AccountOverviewRow(Staging, null, null, "AccessDenied: not authorized to perform sts:AssumeRole"))));

        var page = _ctx.Render<OrganizationOverviewPage>();

        page.WaitForAssertion(() => page.FindAll("[data-testid='organization-account']").Should().HaveCount(2), Wait);
        var link = page.FindAll("[data-testid='organization-account']")[0];
        link.GetAttribute("href").Should().Be("/accounts/111111111111/users");
        link.GetAttribute("target").Should().Be("_top");
        page.Find("[data-testid='organization-total-users']").TextContent.Should().Contain("10");
        page.FindAll("[data-testid='organization-state']")[1].TextContent.Should().Contain("sts:AssumeRole");
        page.Markup.Should().Contain("75 %").And.Contain("1 failed");
    }

    [Fact]
    public void OverviewPage_ReadFails_SaysSoInItsSection()
    {
        _overview.GetAsync(Arg.Any<CancellationToken>()).Returns(CommandResult.Denied<OrganizationOverview>("Your role cannot read the organization overview."));

        var page = _ctx.Render<OrganizationOverviewPage>();

        page.WaitForAssertion(() => page.Find("[data-testid='section-read-error']").TextContent.Should().Contain("Your role cannot"), Wait);
    }

    [Fact]
    public void OverviewPage_RefreshEveryAccount_ShowsEachAccountsProgressThenTheNewFigures()
    {
        _overview.GetAsync(Arg.Any<CancellationToken>()).Returns(CommandResult.Ok(Overview(Ok(Prod, 10), Ok(Staging, 20))));
        _overview.ReadableAsync(Arg.Any<CancellationToken>()).Returns([Prod, Staging]);
        _overview.RefreshAllAsync(Arg.Any<Action<AccountRefreshProgress>?>(), Arg.Any<CancellationToken>()).Returns(ci =>
        {
            var progress = ci.Arg<Action<AccountRefreshProgress>?>()!;
            progress(new AccountRefreshProgress(Prod, RefreshState.Done, null, TimeSpan.FromSeconds(2)));
            progress(new AccountRefreshProgress(Staging, RefreshState.Failed, "throttled past the retries", TimeSpan.FromSeconds(9)));
            return CommandResult.Ok(Overview(Ok(Prod, 11), new AccountOverviewRow(Staging, null, null, "throttled past the retries")));
        });
        var page = _ctx.Render<OrganizationOverviewPage>();
        page.WaitForElement("[data-testid='organization-table']", Wait);

        page.Find("#organization-refresh").Click();

        page.WaitForAssertion(() => page.FindAll("[data-testid='refresh-account']").Select(e => e.GetAttribute("data-state"))
            .Should().Equal("Done", "Failed"), Wait);
        page.Find("[data-testid='refresh-progress']").TextContent.Should().Contain("2 of 2").And.Contain("1 failed").And.Contain("throttled past the retries");
        page.Find("[data-testid='organization-total-users']").TextContent.Should().Contain("11");
    }

    [Fact]
    public void SearchPage_BeforeSearching_EmptyState()
    {
        var page = _ctx.Render<UserSearchPage>();

        page.Find("[data-testid='search-empty']").TextContent.Should().Contain("Type something");
    }

    [Fact]
    public void SearchPage_EmptyText_MessageAtTheField()
    {
        _search.SearchAsync(Arg.Any<string?>(), Arg.Any<int>(), Arg.Any<CancellationToken>())
            .Returns(CommandResult.Invalid<UserSearchResult>(UserSearch.TextField, "Type a name, an ARN or a tag value to search for."));
        var page = _ctx.Render<UserSearchPage>();

        page.Find("form").Submit();

        page.WaitForAssertion(() => page.Find(".mud-input-helper-text").TextContent.Should().Contain("Type a name"), Wait);
    }

    [Fact]
    public void SearchPage_Hits_LinkToTheUserInTheirAccount_AndNoResultsState()
    {
        _search.SearchAsync("alice", Arg.Any<int>(), Arg.Any<CancellationToken>()).Returns(CommandResult.Ok(new UserSearchResult("alice",
            [new UserSearchHit(Staging, "svc-build", "arn:aws:iam::222222222222:user/svc-build", "tag Owner", null)], 1, 2, [])));
        _search.SearchAsync("zzz", Arg.Any<int>(), Arg.Any<CancellationToken>()).Returns(CommandResult.Ok(new UserSearchResult("zzz", [], 0, 2, [])));
        var page = _ctx.Render<UserSearchPage>();

        page.Find("#organization-search-text").Input("alice");
        page.Find("form").Submit();

        page.WaitForAssertion(() => page.Find("[data-testid='search-user']").GetAttribute("href").Should().Be("/accounts/222222222222/users/svc-build"), Wait);
        page.Markup.Should().Contain("tag Owner");

        page.Find("#organization-search-text").Input("zzz");
        page.Find("form").Submit();
        page.WaitForAssertion(() => page.Find("[data-testid='search-no-results']").TextContent.Should().Contain("No user matches “zzz” in 2 accounts"), Wait);
    }

    [Fact]
    public void KeyOwnerPage_NotAKeyId_MessageAtTheFieldAndNothingCalled()
    {
        var page = _ctx.Render<KeyOwnerPage>();

        page.Find("#key-owner-id").Input("my-secret-key");
        page.Find("form").Submit();

        page.WaitForAssertion(() => page.Find(".mud-input-helper-text").TextContent.Should().Contain("AKIA or ASIA"), Wait);
        _keys.ReceivedCalls().Should().BeEmpty();
    }

    [Fact]
    public void KeyOwnerPage_ManagedKey_ContainAfterConfirmingDeactivatesAndQuarantines()
    {
        var owner = new KeyOwner("bob", "arn:aws:iam::222222222222:user/bob", IamAccessKeyStatus.Active, TestData.Now.AddDays(-100), 100,
            TestData.Now.AddDays(-3), "s3", "eu-west-1");
        _keys.LookupAsync(Key, Arg.Any<CancellationToken>()).Returns(CommandResult.Ok(new KeyOwnerAnswer(Key, Staging.Id, Staging, owner, "The key is bob's in staging.")));
        _keys.ContainAsync(Arg.Any<KeyContainRequest>(), Arg.Any<CancellationToken>()).Returns(CommandResult.Ok(new KeyContainment(true, null, null)));
        var page = _ctx.Render<KeyOwnerPage>();

        page.Find("#key-owner-id").Input(Key);
        page.Find("form").Submit();
        page.WaitForAssertion(() => page.Find("[data-testid='key-owner-status']").TextContent.Should().Be("Active"), Wait);
        page.Find("[data-testid='key-owner-user']").GetAttribute("href").Should().Be("/accounts/222222222222/users/bob");
        page.Markup.Should().Contain("s3 in eu-west-1");
        page.Find("input[type=checkbox]").Change(true);
        page.Find("#key-owner-contain").Click();

        _dialogs.WaitForAssertion(() => _dialogs.Markup.Should().Contain("then quarantine the user"), Wait);
        _keys.DidNotReceiveWithAnyArgs().ContainAsync(default!, default);
        _dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Contain").Click();

        page.WaitForAssertion(() => page.Find("[data-testid='key-owner-contained']").TextContent.Should().Contain("now Inactive"), Wait);
        page.Find("[data-testid='key-owner-status']").TextContent.Should().Be("Inactive");
        _keys.Received(1).ContainAsync(new KeyContainRequest(Staging.Id, "bob", Key, true), Arg.Any<CancellationToken>());
    }

    [Fact]
    public void KeyOwnerPage_ContainRefused_ShowsTheReason()
    {
        var owner = new KeyOwner("bob", null, IamAccessKeyStatus.Active, TestData.Now.AddDays(-1), 1, null, null, null);
        _keys.LookupAsync(Key, Arg.Any<CancellationToken>()).Returns(CommandResult.Ok(new KeyOwnerAnswer(Key, Staging.Id, Staging, owner, "bob's")));
        _keys.ContainAsync(Arg.Any<KeyContainRequest>(), Arg.Any<CancellationToken>())
            .Returns(CommandResult.Denied<KeyContainment>("Your role (Auditor) does not allow you to deactivate access key."));
        var page = _ctx.Render<KeyOwnerPage>();
        page.Find("#key-owner-id").Input(Key);
        page.Find("form").Submit();
        page.WaitForElement("#key-owner-contain", Wait).Click();

        _dialogs.WaitForAssertion(() => _dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Contain").Click(), Wait);

        page.WaitForAssertion(() => page.Find("[data-testid='key-owner-contain-error']").TextContent.Should().Contain("Auditor"), Wait);
        page.Markup.Should().Contain("Never");
    }
}
