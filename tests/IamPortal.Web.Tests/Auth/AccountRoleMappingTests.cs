using System.Security.Claims;
using IamPortal.Application.Accounts;
using IamPortal.Application.Operators;
using IamPortal.Web.Auth;
using IamPortal.Web.Tests.Features.Accounts;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace IamPortal.Web.Tests.Auth;

/// <summary>Roles limited to accounts (Authorization:RoleMappings entries with Group and Accounts), per account.</summary>
public sealed class AccountRoleMappingTests
{
    private const string Production = "222222222222";
    private const string Development = "333333333333";

    private static RoleMappingOptions Options() => RoleMappingOptions.Read(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Authorization:RoleMappings:Auditor:0"] = "iam-portal-auditors",
        ["Authorization:RoleMappings:Auditor:1:Group"] = "prod-auditors",
        ["Authorization:RoleMappings:Auditor:1:Accounts:0"] = Production,
        ["Authorization:RoleMappings:SecurityAdmin:0:Group"] = "dev-admins",
        ["Authorization:RoleMappings:SecurityAdmin:0:Accounts"] = $"{Development}",
    }).Build());

    private static ClaimsPrincipal Member(params string[] groups) =>
        new(new ClaimsIdentity([new Claim("sub", "u1"), new Claim("email", "pat@example.com"), .. groups.Select(g => new Claim("groups", g))], "test"));

    [Fact]
    public void Read_LimitedEntries_KeepTheirAccountsAndReplaceTheDefaultGroup()
    {
        var options = Options();

        options.RoleMappings[PortalRole.Auditor].Should().Equal("iam-portal-auditors");
        options.RoleMappings[PortalRole.SecurityAdmin].Should().BeEmpty("the configured entry replaces iam-portal-admins");
        options.AccountMappings.Should().BeEquivalentTo([
            new { Role = PortalRole.Auditor, Value = "prod-auditors" },
            new { Role = PortalRole.SecurityAdmin, Value = "dev-admins" }]);
    }

    [Fact]
    public void Map_LimitedGroup_GrantsTheRoleOnlyInItsAccounts()
    {
        var mapper = new PortalRoleMapper(Options());
        var pat = Member("prod-auditors", "dev-admins");

        mapper.Map(pat, Production).Should().Be(PortalRole.Auditor);
        mapper.Map(pat, Development).Should().Be(PortalRole.SecurityAdmin);
        mapper.Map(pat, "444444444444").Should().Be(PortalRole.None);
        mapper.Map(pat).Should().Be(PortalRole.SecurityAdmin, "page-level authorization asks for the role anywhere");
        mapper.AccountsOf(pat).Should().BeEquivalentTo([Production, Development]);
        mapper.AccountsOf(Member("iam-portal-auditors")).Should().BeNull("an every-account mapping applies");
    }

    [Fact]
    public void Current_TakesTheRoleOfTheSelectedAccount()
    {
        var directory = new FixedAccountDirectory(
            new PortalAccount(Production, "production", "arn:aws:iam::222222222222:role/IamPortalRole", null, AccountSource.Configured),
            new PortalAccount(Development, "development", "arn:aws:iam::333333333333:role/IamPortalRole", null, AccountSource.Configured));
        var selection = new AccountSelection(new NoRequestedAccount());
        var context = new ClaimsOperatorContext(new CircuitPrincipal { User = Member("prod-auditors") }, new HttpContextAccessor(),
            new PortalRoleMapper(Options()), new OperatorOverride(), selection, directory);

        context.Current.Role.Should().Be(PortalRole.Auditor, "the first account is the default");
        context.For(Development).Role.Should().Be(PortalRole.None);
        selection.Use(Development);
        context.Can(Permission.ReadIam).Should().BeFalse();
        FluentActions.Invoking(() => context.EnsureCanRead("read the inventory")).Should().Throw<PortalAccessDeniedException>();
    }

    [Fact]
    public void Read_LimitedEntryWithoutAccounts_IsRefusedAtStart() =>
        FluentActions.Invoking(() => RoleMappingOptions.Read(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Authorization:RoleMappings:Auditor:0:Group"] = "prod-auditors",
            ["Authorization:RoleMappings:Auditor:0:Accounts:0"] = "prod",
        }).Build())).Should().Throw<InvalidOperationException>().WithMessage("*12-digit*");
}
