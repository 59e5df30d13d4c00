using System.Security.Claims;
using IamPortal.Application.Operators;

namespace IamPortal.Web.Auth;

/// <summary>Maps a signed-in <see cref="ClaimsPrincipal"/> (persona cookie, OIDC or Entra ID) to an <see cref="OperatorIdentity"/>.</summary>
public static class OperatorClaims
{
    public static OperatorIdentity ToOperator(ClaimsPrincipal? principal, PortalRoleMapper roles, string? accountId = null)
    {
        if (principal?.Identity is not { IsAuthenticated: true } identity) return OperatorIdentity.Anonymous;

        var subject = First(principal, "sub", "oid", ClaimTypes.NameIdentifier,
            "http://schemas.microsoft.com/identity/claims/objectidentifier") ?? identity.Name ?? "unknown";
        var email = First(principal, "email", ClaimTypes.Email, "preferred_username", ClaimTypes.Upn, "upn");
        var name = First(principal, "name", ClaimTypes.Name) ?? identity.Name ?? email ?? subject;
        var provider = First(principal, PortalClaimTypes.Provider) ?? identity.AuthenticationType ?? "unknown";
        return new OperatorIdentity(subject, name, email, provider, roles.Map(principal, accountId));
    }

    private static string? First(ClaimsPrincipal principal, params string[] types) => types
        .Select(t => principal.FindFirst(t)?.Value)
        .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
