using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace IamPortal.E2E.Oidc;

/// <summary>Registers the OpenIddict server, its EF Core InMemory stores and the provider's own sign-in cookie.</summary>
internal static class OidcServerServices
{
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;

    public static IServiceCollection AddTestOidcServer(this IServiceCollection services, OidcSignInLog signInLog)
    {
        // Browsers do not isolate cookies by port, and the portal also runs on 127.0.0.1: give every provider
        // instance its own cookie names so they never collide with the portal's cookies or another provider's.
        var cookiePrefix = $".IamPortal.E2E.Oidc.{Guid.NewGuid():N}"[..36];
        var databaseName = $"iam-portal-e2e-oidc-{Guid.NewGuid():N}";

        services.AddSingleton(signInLog);
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddAntiforgery(options => options.Cookie.Name = cookiePrefix + ".Antiforgery");
        services.AddAuthentication(CookieScheme).AddCookie(CookieScheme, options =>
        {
            options.Cookie.Name = cookiePrefix + ".Session";
            options.LoginPath = "/login";
            options.ReturnUrlParameter = "returnUrl";
            options.SlidingExpiration = false;
            options.ExpireTimeSpan = TimeSpan.FromHours(1);
        });

        services.AddDbContext<OidcDbContext>(options => options
            .UseInMemoryDatabase(databaseName)
            .ConfigureWarnings(warnings => warnings.Ignore(InMemoryEventId.TransactionIgnoredWarning))
            .UseOpenIddict());

        services.AddOpenIddict()
            .AddCore(options => options.UseEntityFrameworkCore().UseDbContext<OidcDbContext>())
            .AddServer(options =>
            {
                options.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetUserInfoEndpointUris("connect/userinfo")
                    .SetEndSessionEndpointUris("connect/endsession");

                options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                options.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email);
                options.RegisterClaims(Claims.Subject, Claims.Name, Claims.Email, Claims.PreferredUsername, OidcClaims.Groups);

                options.AddEphemeralEncryptionKey().AddEphemeralSigningKey().DisableAccessTokenEncryption();

                // The token endpoint is deliberately not passthrough: OpenIddict redeems authorization codes itself.
                options.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
            });

        return services;
    }
}
