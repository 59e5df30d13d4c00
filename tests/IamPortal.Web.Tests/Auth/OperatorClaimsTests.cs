using System.Security.Claims;
using IamPortal.Application.Security;
using IamPortal.Web.Auth;

namespace IamPortal.Web.Tests.Auth;

public sealed class OperatorClaimsTests
{
    [Fact]
    public void ToOperator_DevelopmentPrincipal_IsDevAdminSecurityAdmin()
    {
        var op = OperatorClaims.ToOperator(DevelopmentAuthenticationHandler.CreatePrincipal());

        op.Should().Be(new OperatorIdentity("dev-admin", "Dev Admin", "dev.admin@localhost", "Development", PortalRole.SecurityAdmin));
    }

    [Fact]
    public void ToOperator_Unauthenticated_IsAnonymous() =>
        OperatorClaims.ToOperator(new ClaimsPrincipal(new ClaimsIdentity())).Should().Be(OperatorIdentity.Anonymous);

    [Fact]
    public void ToOperator_SeveralRoles_TakesTheHighest()
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim("sub", "x"), new Claim("roles", "auditor"), new Claim("roles", "TeamLead"), new Claim("roles", "unknown")], "oidc"));

        var op = OperatorClaims.ToOperator(principal);

        op.Role.Should().Be(PortalRole.TeamLead);
        op.Provider.Should().Be("oidc");
        op.Name.Should().Be("x");
    }
}
