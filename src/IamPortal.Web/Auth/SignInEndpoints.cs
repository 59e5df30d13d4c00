using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace IamPortal.Web.Auth;

/// <summary>
/// Sign-in and sign-out with the framework's own handlers: the Development persona form, a challenge of the
/// configured SSO scheme, and sign-out of the portal's cookie and (for Oidc / EntraId) of the identity provider.
/// </summary>
public static class SignInEndpoints
{
    public const string SignInPath = "/account/signin";
    public const string LoginPath = "/account/login";
    public const string SignOutPath = "/account/signout";
    public const string SignedOutPath = "/account/signed-out";
    public const string AccessDeniedPath = "/account/access-denied";
    public const string NoRolePath = "/account/no-role";
    public const string DevelopmentSignInPath = "/account/signin/development";

    public static IEndpointRouteBuilder MapSignInEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var settings = endpoints.ServiceProvider.GetRequiredService<PortalAuthenticationSettings>();
        var account = endpoints.MapGroup("").AllowAnonymous();

        // Starts a sign-in: the SSO provider's login page, or the persona picker.
        account.MapGet(LoginPath, (string? returnUrl) => settings.Provider == AuthenticationProvider.Development
            ? Results.Redirect($"{SignInPath}?returnUrl={Uri.EscapeDataString(LocalUrl(returnUrl))}")
            : Results.Challenge(new AuthenticationProperties { RedirectUri = LocalUrl(returnUrl) }));

        // A form post with the antiforgery token (SignOutForm), never a GET: no other site can sign an operator out.
        // A GET of this path is the sign-out page (Features/SignIn/SignOutPage), which only offers the button.
        account.MapPost(SignOutPath, async (HttpContext context, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context)) return Results.BadRequest("Sign out from the portal's own page.");
            var properties = new AuthenticationProperties { RedirectUri = SignedOutPath };
            return settings.Provider is AuthenticationProvider.Oidc or AuthenticationProvider.EntraId
                ? Results.SignOut(properties, [CookieAuthenticationDefaults.AuthenticationScheme, SsoSchemeName])
                : Results.SignOut(properties, [CookieAuthenticationDefaults.AuthenticationScheme]);
        }).WithOrder(-1); // ahead of the page's own endpoint, which takes POSTs too (Blazor's form handling)

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

    /// <summary>
    /// A return URL that stays inside the portal (no open redirects); the users list otherwise. The framework's own
    /// rule (<see cref="RedirectHttpResult.IsLocalUrl"/>: no <c>//</c>, <c>/\</c> or control characters, which browsers
    /// strip and then read <c>/&lt;TAB&gt;/evil.example</c> as <c>//evil.example</c>), and a plain path (no <c>~/</c>).
    /// </summary>
    public static string LocalUrl(string? url) =>
        url is ['/', ..] && RedirectHttpResult.IsLocalUrl(url) && !url.StartsWith(SignOutPath, StringComparison.OrdinalIgnoreCase)
            ? url
            : "/users";
}
