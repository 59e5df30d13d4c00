using System.Collections.Immutable;
using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace IamPortal.E2E.Oidc;

/// <summary>Claim types the provider issues beyond the OpenIddict constants.</summary>
internal static class OidcClaims
{
    public const string Groups = "groups";
}

/// <summary>Builds the principal OpenIddict turns into the authorization code, id token and access token.</summary>
internal static class OidcIdentityFactory
{
    public static ClaimsPrincipal Create(TestOidcUser user, ImmutableArray<string> scopes)
    {
        var identity = new ClaimsIdentity(
            authenticationType: TokenValidationParameters.DefaultAuthenticationType,
            nameType: Claims.Name,
            roleType: Claims.Role);

        identity.SetClaim(Claims.Subject, user.UserName)
            .SetClaim(Claims.Name, user.Name)
            .SetClaim(Claims.Email, user.Email)
            .SetClaim(Claims.PreferredUsername, user.UserName)
            .SetClaims(OidcClaims.Groups, [.. user.Groups]);

        identity.SetScopes(scopes);

        // Every claim goes into both tokens so the portal sees name, email and groups straight in the id token.
        identity.SetDestinations(static _ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return new ClaimsPrincipal(identity);
    }
}
