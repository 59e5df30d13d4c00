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
        var input = cut.Find("#account-switcher-input");
        await input.InputAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = "345" });
        cut.WaitForAssertion(() => cut.FindAll(".mud-list-item").Should().ContainSingle(i => i.TextContent.Contains("Production")), Wait);
        await cut.FindAll(".mud-list-item").Single(i => i.TextContent.Contains("Production")).ClickAsync(new());

        cut.WaitForAssertion(() => nav.Uri.Should().EndWith("/accounts/345678901234/groups"), Wait);
    }

    [Fact]
    public void Switcher_OneAccount_ShowsTheAccountWithoutASwitcher()
    {
        using var ctx = PortalTestContext.Create();

        var cut = ctx.Render<AccountSwitcher>();

        cut.WaitForAssertion(() => cut.Find("[data-testid='account-status']").Should().NotBeNull(), Wait);
        cut.FindAll("[data-testid='account-switcher']").Should().BeEmpty();
    }

    [Fact]
    public void AccountsPage_OneUnreachable_ShowsItsReasonAndTheOthers()
    {
        var status = new FakeAccountStatusService(TestAccounts.Management, TestAccounts.Production);
        status.Errors[TestAccounts.Production.Id] = "The portal could not assume arn:aws:iam::345678901234:role/IamPortalRole in account 345678901234: not authorized";
        using var ctx = PortalTestContext.Create(configure: s => s.AddSingleton<IAccountStatusService>(status));

        var page = ctx.Render<AccountsPage>();

        page.WaitForAssertion(() => page.Find("[data-testid='accounts-progress']").TextContent.Should().Be("2 of 2 checked"), Wait);
        page.FindAll("tr[data-account]").Should().HaveCount(2);
        page.Find("tr[data-account='123456789012']").TextContent.Should().Contain("Reachable").And.Contain("acme-management").And.Contain("the portal's own credentials");
        page.Find("tr[data-account='345678901234'] [data-testid='account-error']").TextContent.Should().Contain("could not assume");
        page.Find("tr[data-account='345678901234'] a").GetAttribute("href").Should().Be("/accounts/345678901234/users");
    }
}
