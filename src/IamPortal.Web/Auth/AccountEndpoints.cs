using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace IamPortal.Web.Auth;

/// <summary>
/// Sign-in and sign-out with the framework's own handlers: the Development persona form, a challenge of the
/// configured SSO scheme, and sign-out of the portal's cookie and (for Oidc / EntraId) of the identity provider.
/// </summary>
public static class AccountEndpoints
{
    public const string SignInPath = "/account/signin";
    public const string LoginPath = "/account/login";
    public const string SignOutPath = "/account/signout";
    public const string SignedOutPath = "/account/signed-out";
    public const string AccessDeniedPath = "/account/access-denied";
    public const string NoRolePath = "/account/no-role";
    public const string DevelopmentSignInPath = "/account/signin/development";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var settings = endpoints.ServiceProvider.GetRequiredService<PortalAuthenticationSettings>();
        var account = endpoints.MapGroup("").AllowAnonymous();

        // Starts a sign-in: the SSO provider's login page, or the persona picker.
        account.MapGet(LoginPath, (string? returnUrl) => settings.Provider == AuthenticationProvider.Development
            ? Results.Redirect($"{SignInPath}?returnUrl={Uri.EscapeDataString(LocalUrl(returnUrl))}")
            : Results.Challenge(new AuthenticationProperties { RedirectUri = LocalUrl(returnUrl) }));

        account.MapGet(SignOutPath, (HttpContext context) =>
        {
            var properties = new AuthenticationProperties { RedirectUri = SignedOutPath };
            return settings.Provider is AuthenticationProvider.Oidc or AuthenticationProvider.EntraId
                ? Results.SignOut(properties, [CookieAuthenticationDefaults.AuthenticationScheme, SsoSchemeName])
                : Results.SignOut(properties, [CookieAuthenticationDefaults.AuthenticationScheme]);
        });

        if (settings.Provider == AuthenticationProvider.Development)
        {
            account.MapPost(DevelopmentSignInPath, async (HttpContext context, PortalRoleMapper roles,
                [FromForm] string? persona, [FromForm] string? returnUrl) =>
            {
                if (DevelopmentPersonas.Find(persona) is not { } chosen) return Results.BadRequest("Unknown persona.");
                var principal = DevelopmentPersonas.CreatePrincipal(chosen, roles.Options, CookieAuthenticationDefaults.AuthenticationScheme);
                await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
                return Results.LocalRedirect(LocalUrl(returnUrl));
            });
        }
        return endpoints;
    }

    /// <summary>The OpenID Connect scheme name used for both Oidc and EntraId.</summary>
    public const string SsoSchemeName = "OpenIdConnect";

    /// <summary>A return URL that stays inside the portal (no open redirects); the users list otherwise.</summary>
    public static string LocalUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
            && !url.StartsWith(SignOutPath, StringComparison.OrdinalIgnoreCase)
            ? url
            : "/users";
}
