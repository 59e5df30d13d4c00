using System.Security.Claims;
using IamPortal.Application.Operators;
using IamPortal.Web.Auth;

namespace IamPortal.Web.Tests.Auth;

public sealed class OperatorClaimsTests
{
    private static readonly PortalRoleMapper Roles = new(RoleMappingOptions.Default);

    [Theory]
    [InlineData("SecurityAdmin", "dev-admin", "Dev Admin", PortalRole.SecurityAdmin)]
    [InlineData("TeamLead", "dev-lead", "Dev Lead", PortalRole.TeamLead)]
    [InlineData("Auditor", "dev-auditor", "Dev Auditor", PortalRole.Auditor)]
    [InlineData("NoRole", "dev-norole", "Dev Nobody", PortalRole.None)]
    public void ToOperator_DevelopmentPersona_MapsThroughTheGroups(string key, string subject, string name, PortalRole role)
    {
        var principal = DevelopmentPersonas.CreatePrincipal(DevelopmentPersonas.Find(key)!, RoleMappingOptions.Default, "Cookies");

        var op = OperatorClaims.ToOperator(principal, Roles);

        op.Should().Be(new OperatorIdentity(subject, name, DevelopmentPersonas.Find(key)!.Email, "Development", role));
    }

    [Fact]
    public void ToOperator_Unauthenticated_IsAnonymous() =>
        OperatorClaims.ToOperator(new ClaimsPrincipal(new ClaimsIdentity()), Roles).Should().Be(OperatorIdentity.Anonymous);

    [Fact]
    public void ToOperator_OidcClaims_TakesSubjectNameEmailAndProvider()
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim("sub", "admin"), new Claim("name", "Ada Admin"), new Claim("email", "admin@iam-portal.test"),
            new Claim("groups", "iam-portal-admins"), new Claim(PortalClaimTypes.Provider, "Oidc"),
        ], "Cookies"));

        OperatorClaims.ToOperator(principal, Roles).Should()
            .Be(new OperatorIdentity("admin", "Ada Admin", "admin@iam-portal.test", "Oidc", PortalRole.SecurityAdmin));
    }

    [Fact]
    public void ToOperator_EntraClaims_UsesOidAndPreferredUserName()
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim("oid", "0000-1111"), new Claim("preferred_username", "lee@contoso.com"),
            new Claim("roles", "iam-portal-teamleads"), new Claim(PortalClaimTypes.Provider, "EntraId"),
        ], "Cookies"));

        var op = OperatorClaims.ToOperator(principal, Roles);

        op.Should().Be(new OperatorIdentity("0000-1111", "lee@contoso.com", "lee@contoso.com", "EntraId", PortalRole.TeamLead));
    }

    [Fact]
    public void ToOperator_NameIdentifierOnly_UsesItAsSubject()
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "nid-7")], "saml"));

        var op = OperatorClaims.ToOperator(principal, Roles);

        op.Subject.Should().Be("nid-7");
        op.Provider.Should().Be("saml");
        op.Role.Should().Be(PortalRole.None);
    }
}
