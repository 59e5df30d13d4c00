using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace IamPortal.E2E.Oidc;

/// <summary>The passthrough OpenIddict endpoints: authorization, end-session and userinfo.</summary>
internal static class AuthorizationEndpoints
{
    private const string ServerScheme = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    public static IEndpointRouteBuilder MapTestOidcAuthorization(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync);
        endpoints.MapMethods("/connect/endsession", [HttpMethods.Get, HttpMethods.Post], (Delegate)EndSessionAsync);
        endpoints.MapMethods("/connect/userinfo", [HttpMethods.Get, HttpMethods.Post], (Delegate)UserInfoAsync);
        return endpoints;
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext context, OidcSignInLog signInLog)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect authorization request cannot be retrieved.");

        var session = await context.AuthenticateAsync(OidcServerServices.CookieScheme);
        var user = session.Succeeded ? TestOidcUsers.Find(session.Principal?.Identity?.Name) : null;
        if (user is null)
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Results.Forbid(ErrorProperties(Errors.LoginRequired, "The user is not signed in."), [ServerScheme]);
            }

            // The login page sends the user back here, to the very same authorization request.
            var parameters = context.Request.HasFormContentType ? context.Request.Form.ToList() : context.Request.Query.ToList();
            var returnUrl = context.Request.PathBase + context.Request.Path + QueryString.Create(parameters);
            return Results.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, [OidcServerServices.CookieScheme]);
        }

        signInLog.Add(user.UserName);
        return Results.SignIn(OidcIdentityFactory.Create(user, request.GetScopes()), authenticationScheme: ServerScheme);
    }

    private static async Task<IResult> EndSessionAsync(HttpContext context)
    {
        await context.SignOutAsync(OidcServerServices.CookieScheme);

        // OpenIddict redirects to the validated post_logout_redirect_uri; without one the user lands on the home page.
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [ServerScheme]);
    }

    private static async Task<IResult> UserInfoAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(ServerScheme);
        if (result.Principal is not { } principal)
        {
            return Results.Challenge(ErrorProperties(Errors.InvalidToken, "The access token is not valid."), [ServerScheme]);
        }

        return Results.Json(new Dictionary<string, object?>
        {
            [Claims.Subject] = principal.GetClaim(Claims.Subject),
            [Claims.Name] = principal.GetClaim(Claims.Name),
            [Claims.Email] = principal.GetClaim(Claims.Email),
            [Claims.PreferredUsername] = principal.GetClaim(Claims.PreferredUsername),
            [OidcClaims.Groups] = principal.GetClaims(OidcClaims.Groups),
        });
    }

    private static AuthenticationProperties ErrorProperties(string error, string description) =>
        new(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        });
}
