using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace IamPortal.Web.Auth;

/// <summary>
/// <c>Authentication:Development:AutoSignIn</c>: signs every request without a session cookie in as one persona, so
/// automated tests of other features skip the picker. Development provider (and so Development environment) only.
/// </summary>
public sealed class DevelopmentAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    PortalAuthenticationSettings settings, PortalRoleMapper roles)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "DevelopmentAutoSignIn";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (DevelopmentPersonas.Find(settings.AutoSignInPersona) is not { } persona) return Task.FromResult(AuthenticateResult.NoResult());
        var principal = DevelopmentPersonas.CreatePrincipal(persona, roles.Options, SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
