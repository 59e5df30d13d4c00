using System.Security.Claims;
using IamPortal.Application.Operators;
using IamPortal.Web.Auth;
using Microsoft.Extensions.Configuration;

namespace IamPortal.Web.Tests.Auth;

public sealed class PortalRoleMapperTests
{
    private static readonly PortalRoleMapper Defaults = new(RoleMappingOptions.Default);

    private static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)).Prepend(new Claim("sub", "s")), "oidc"));

    private static PortalRoleMapper FromSettings(Dictionary<string, string?> settings) =>
        new(RoleMappingOptions.Read(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()));

    [Theory]
    [InlineData("iam-portal-admins", PortalRole.SecurityAdmin)]
    [InlineData("iam-portal-teamleads", PortalRole.TeamLead)]
    [InlineData("iam-portal-auditors", PortalRole.Auditor)]
    [InlineData("IAM-Portal-Auditors", PortalRole.Auditor)]
    public void Map_GroupsClaim_GivesTheMappedRole(string group, PortalRole expected) =>
        Defaults.Map(Principal(("groups", group), ("groups", "engineering"))).Should().Be(expected);

    [Fact]
    public void Map_SeveralMatchingGroups_HighestRoleWins() =>
        Defaults.Map(Principal(("groups", "iam-portal-auditors"), ("groups", "iam-portal-admins"), ("groups", "iam-portal-teamleads")))
            .Should().Be(PortalRole.SecurityAdmin);

    [Fact]
    public void Map_RolesClaim_IsReadByDefault() =>
        Defaults.Map(Principal(("roles", "iam-portal-teamleads"))).Should().Be(PortalRole.TeamLead);

    [Fact]
    public void Map_NoMatchingGroup_IsNone() =>
        Defaults.Map(Principal(("groups", "marketing"))).Should().Be(PortalRole.None);

    [Fact]
    public void Map_RoleNameAsClaimValue_GrantsNothingWithoutAMapping() =>
        Defaults.Map(Principal(("roles", "SecurityAdmin"), (ClaimTypes.Role, "SecurityAdmin"))).Should().Be(PortalRole.None);

    [Fact]
    public void Map_Unauthenticated_IsNone() =>
        Defaults.Map(new ClaimsPrincipal(new ClaimsIdentity([new Claim("groups", "iam-portal-admins")]))).Should().Be(PortalRole.None);

    [Fact]
    public void Map_ConfiguredClaimType_ReadsOnlyThatClaim()
    {
        var mapper = FromSettings(new() { ["Authorization:RoleClaimTypes:0"] = "cognito:groups" });

        mapper.Map(Principal(("cognito:groups", "iam-portal-auditors"))).Should().Be(PortalRole.Auditor);
        mapper.Map(Principal(("groups", "iam-portal-admins"))).Should().Be(PortalRole.None);
    }

    [Fact]
    public void Map_ConfiguredMappings_ReplaceTheDefaultsOfThoseRoles()
    {
        var mapper = FromSettings(new()
        {
            ["Authorization:RoleMappings:SecurityAdmin:0"] = "sec-team",
            ["Authorization:RoleMappings:SecurityAdmin:1"] = "cloud-admins",
            ["Authorization:RoleMappings:Auditor"] = "internal-audit, compliance",
        });

        mapper.Map(Principal(("groups", "cloud-admins"))).Should().Be(PortalRole.SecurityAdmin);
        mapper.Map(Principal(("groups", "iam-portal-admins"))).Should().Be(PortalRole.None, "the configured list replaces the default");
        mapper.Map(Principal(("groups", "compliance"))).Should().Be(PortalRole.Auditor);
        mapper.Map(Principal(("groups", "iam-portal-teamleads"))).Should().Be(PortalRole.TeamLead, "unconfigured roles keep their default");
    }

    [Fact]
    public void Read_UnknownRoleInMappings_RefusesNamingIt()
    {
        var act = () => FromSettings(new() { ["Authorization:RoleMappings:Superuser:0"] = "x" });

        act.Should().Throw<InvalidOperationException>().WithMessage("*Superuser*SecurityAdmin, TeamLead or Auditor*");
    }
}
