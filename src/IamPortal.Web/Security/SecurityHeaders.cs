using IamPortal.Web.Auth;

namespace IamPortal.Web.Security;

/// <summary>
/// The response headers every portal page carries. The Content-Security-Policy allows only the portal's own scripts
/// (no inline script: the app has none), inline styles (MudBlazor sets style attributes), data: images and fonts, the
/// same-origin WebSocket of the Blazor circuit, and form posts to the portal and the identity provider.
/// </summary>
public sealed class SecurityHeaders
{
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public SecurityHeaders(IEnumerable<string> formActionOrigins)
    {
        var formAction = string.Join(' ', formActionOrigins.Prepend("'self'").Distinct(StringComparer.OrdinalIgnoreCase));
        ContentSecurityPolicy = string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-ancestors 'none'",
            $"form-action {formAction}",
            "base-uri 'self'",
            "object-src 'none'");
    }

    public string ContentSecurityPolicy { get; }

    /// <summary>Form posts may also go to the sign-in provider (sign-out redirects there): <c>Oidc:Authority</c> or <c>AzureAd:Instance</c>.</summary>
    public static SecurityHeaders For(AuthenticationProvider provider, IConfiguration configuration)
    {
        var authority = provider switch
        {
            AuthenticationProvider.Oidc => configuration["Oidc:Authority"],
            AuthenticationProvider.EntraId => configuration["AzureAd:Instance"] ?? "https://login.microsoftonline.com/",
            _ => null,
        };
        return new SecurityHeaders(Uri.TryCreate(authority, UriKind.Absolute, out var uri) ? [uri.GetLeftPart(UriPartial.Authority)] : []);
    }

    public void Apply(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
    }
}
