using System.Security.Claims;
using System.Text.Encodings.Web;
using IamPortal.Application.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace IamPortal.Web.Auth;

/// <summary>
/// Signs every visitor in as one development identity ("Dev Admin", SecurityAdmin). Only for demo mode and the
/// Development environment; real deployments sign operators in with SSO.
/// </summary>
public sealed class DevelopmentAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Development";

    public static ClaimsPrincipal CreatePrincipal()
    {
        var identity = new ClaimsIdentity(
        [
            new Claim("sub", "dev-admin"),
            new Claim("name", "Dev Admin"),
            new Claim("email", "dev.admin@localhost"),
            new Claim(ClaimTypes.Role, nameof(PortalRole.SecurityAdmin)),
            new Claim(OperatorClaims.Provider, SchemeName),
        ], SchemeName, "name", ClaimTypes.Role);
        return new ClaimsPrincipal(identity);
    }

    protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
        Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(CreatePrincipal(), SchemeName)));
}
