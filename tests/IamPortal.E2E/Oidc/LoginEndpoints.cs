using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IamPortal.E2E.Oidc;

/// <summary>GET/POST <c>/login</c>: checks a test user's password and signs them into the provider's cookie.</summary>
internal static class LoginEndpoints
{
    public static IEndpointRouteBuilder MapTestOidcLogin(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/login", (HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
            Page(context, antiforgery, SafeReturnUrl(returnUrl), userName: null, error: null));

        endpoints.MapPost("/login", SignInAsync);
        endpoints.MapGet("/", () => Results.Text("IAM Portal test identity provider.", "text/plain"));
        return endpoints;
    }

    private static async Task<IResult> SignInAsync(HttpContext context, IAntiforgery antiforgery)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            return Results.BadRequest("The sign-in form expired; reload the page and try again.");
        }

        var form = await context.Request.ReadFormAsync();
        var returnUrl = SafeReturnUrl(form["returnUrl"]);
        var userName = form["username"].ToString();
        var user = TestOidcUsers.Validate(userName, form["password"]);
        if (user is null)
        {
            return Page(context, antiforgery, returnUrl, userName, LoginPage.InvalidCredentialsMessage);
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user.UserName)], OidcServerServices.CookieScheme);
        await context.SignInAsync(OidcServerServices.CookieScheme, new ClaimsPrincipal(identity));
        return Results.Redirect(returnUrl);
    }

    private static IResult Page(HttpContext context, IAntiforgery antiforgery, string returnUrl, string? userName, string? error)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var html = LoginPage.Render(returnUrl, tokens.FormFieldName, tokens.RequestToken ?? string.Empty, userName, error);
        return Results.Content(html, "text/html; charset=utf-8");
    }

    /// <summary>Only local paths are followed after sign-in; anything else falls back to the home page.</summary>
    private static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
