using System.Security.Claims;
using IamPortal.Application.Security;

namespace IamPortal.Web.Auth;

/// <summary>Maps a signed-in <see cref="ClaimsPrincipal"/> (development identity today, OIDC / Entra ID later) to an <see cref="OperatorIdentity"/>.</summary>
public static class OperatorClaims
{
    /// <summary>Names the sign-in provider when the identity's authentication type is not descriptive enough.</summary>
    public const string Provider = "iamportal:provider";

    public static OperatorIdentity ToOperator(ClaimsPrincipal? principal)
    {
        if (principal?.Identity is not { IsAuthenticated: true } identity) return OperatorIdentity.Anonymous;

        var subject = First(principal, "sub", ClaimTypes.NameIdentifier, "oid") ?? identity.Name ?? "unknown";
        var email = First(principal, "email", ClaimTypes.Email, "preferred_username", ClaimTypes.Upn);
        var name = First(principal, "name", ClaimTypes.Name) ?? identity.Name ?? email ?? subject;
        var provider = First(principal, Provider, "idp") ?? identity.AuthenticationType ?? "unknown";
        return new OperatorIdentity(subject, name, email, provider, HighestRole(principal));
    }

    /// <summary>The most capable portal role among the principal's role claims (names are case-insensitive).</summary>
    public static PortalRole HighestRole(ClaimsPrincipal principal) => principal.Claims
        .Where(c => c.Type is ClaimTypes.Role or "roles" or "role")
        .Select(c => Enum.TryParse<PortalRole>(c.Value, ignoreCase: true, out var role) ? role : PortalRole.None)
        .DefaultIfEmpty(PortalRole.None)
        .Max();

    private static string? First(ClaimsPrincipal principal, params string[] types) => types
        .Select(t => principal.FindFirst(t)?.Value)
        .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
