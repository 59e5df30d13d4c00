using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace IamPortal.Web.Auth;

/// <summary>
/// Keeps the session's expiry inside the cookie's principal (<see cref="PortalClaimTypes.SessionExpires"/>) so an open
/// Blazor circuit, which sees no cookies, can tell when the session ends. The claim is set at sign-in and moved forward
/// whenever sliding expiration renews the cookie (more than half the lifetime elapsed), matching the renewed ticket.
/// Its return-URL redirect obeys <see cref="SignInEndpoints.LocalUrl"/>.
/// </summary>
public sealed class SessionCookieEvents(TimeProvider time) : CookieAuthenticationEvents
{
    public override async Task SigningIn(CookieSigningInContext context)
    {
        var expires = context.Properties.ExpiresUtc ?? time.GetUtcNow().Add(context.Options.ExpireTimeSpan);
        if (context.Principal?.Identity is ClaimsIdentity identity) SetExpiry(identity, expires);
        await SignInRecorder.RecordAsync(context.HttpContext, context.Principal);
        await base.SigningIn(context);
    }

    public override Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var (issued, expires) = (context.Properties.IssuedUtc, context.Properties.ExpiresUtc);
        var now = time.GetUtcNow();
        if (context.Options.SlidingExpiration && issued is { } i && expires is { } e && context.Principal is { } principal
            && now - i > (e - i) / 2 && principal.Identity is ClaimsIdentity)
        {
            // The handler renews the ticket for the same span from now; the claim follows.
            var renewed = principal.Clone();
            SetExpiry((ClaimsIdentity)renewed.Identity!, now.Add(e - i));
            context.ReplacePrincipal(renewed);
            context.ShouldRenew = true;
        }
        return base.ValidatePrincipal(context);
    }

    /// <summary>The cookie handler's own return-URL redirect (a sign-in at its login path) stays inside the portal too.</summary>
    public override Task RedirectToReturnUrl(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.RedirectUri = SignInEndpoints.LocalUrl(context.RedirectUri);
        return base.RedirectToReturnUrl(context);
    }

    public static DateTimeOffset? ExpiresAt(ClaimsPrincipal? principal) =>
        long.TryParse(principal?.FindFirst(PortalClaimTypes.SessionExpires)?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    private static void SetExpiry(ClaimsIdentity identity, DateTimeOffset expires)
    {
        foreach (var old in identity.FindAll(PortalClaimTypes.SessionExpires).ToList()) identity.RemoveClaim(old);
        identity.AddClaim(new Claim(PortalClaimTypes.SessionExpires,
            expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64));
    }
}
