using Bunit;
using IamPortal.Application.Accounts;
using IamPortal.Web.Features.Accounts;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Web.Tests.Features.Accounts;

public sealed class AccountPagesTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Switcher_PickAnotherAccount_OpensTheSameSectionThereAsANewPage()
    {
        var status = new FakeAccountStatusService(TestAccounts.Management, TestAccounts.Production);
        await using var ctx = PortalTestContext.Create(configure: s => s.AddSingleton<IAccountStatusService>(status));
        var nav = ctx.Services.GetRequiredService<NavigationManager>();
        nav.NavigateTo("groups/admins");
        var cut = ctx.Render<AccountSwitcher>();

        cut.WaitForAssertion(() => cut.Find("#account-switcher-input").GetAttribute("value").Should().Be("Management (123456789012)"), Wait);
        var autocomplete = cut.FindComponent<MudBlazor.MudAutocomplete<PortalAccount>>().Instance;
        var byId = await autocomplete.SearchFunc!("prod", CancellationToken.None)!;
        var byAlias = await autocomplete.SearchFunc!("acme-main", CancellationToken.None)!;
        byId!.Should().Equal([TestAccounts.Production]);
        byAlias!.Should().Equal([TestAccounts.Management], "an alias seen earlier finds it");
        await cut.InvokeAsync(() => autocomplete.ValueChanged.InvokeAsync(TestAccounts.Production));

        cut.WaitForAssertion(() => nav.Uri.Should().EndWith("/accounts/345678901234/groups"), Wait);
    }

    [Fact]
    public async Task Switcher_OneAccount_ShowsTheAccountWithoutASwitcher()
    {
        await using var ctx = PortalTestContext.Create();

        var cut = ctx.Render<AccountSwitcher>();

        cut.WaitForAssertion(() => cut.Find("[data-testid='account-status']").Should().NotBeNull(), Wait);
        cut.FindAll("[data-testid='account-switcher']").Should().BeEmpty();
    }

    [Fact]
    public async Task AccountsPage_OneUnreachable_ShowsItsReasonAndTheOthers()
    {
        var status = new FakeAccountStatusService(TestAccounts.Management, TestAccounts.Production);
        status.Errors[TestAccounts.Production.Id] = "The portal could not assume arn:aws:iam::345678901234:role/IamPortalRole in account 345678901234: not authorized";
        await using var ctx = PortalTestContext.Create(configure: s => s.AddSingleton<IAccountStatusService>(status));

        var page = ctx.Render<AccountsPage>();

        page.WaitForAssertion(() => page.Find("[data-testid='accounts-progress']").TextContent.Should().Be("2 of 2 checked"), Wait);
        page.FindAll("tr[data-account]").Should().HaveCount(2);
        page.Find("tr[data-account='123456789012']").TextContent.Should().Contain("Reachable").And.Contain("acme-management").And.Contain("the portal's own credentials");
        page.Find("tr[data-account='345678901234'] [data-testid='account-error']").TextContent.Should().Contain("could not assume");
        page.Find("tr[data-account='345678901234'] a").GetAttribute("href").Should().Be("/accounts/345678901234/users");
    }
}
