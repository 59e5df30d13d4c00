using IamPortal.Application.Operators;
using IamPortal.Web.Auth;
using IamPortal.Web.Health;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Identity.Web;

namespace IamPortal.Web.Extensions;

public static class PortalAuthExtensions
{
    public const string SessionCookieName = ".IamPortal.Session";

    /// <summary>
    /// Operator sign-in (<c>Authentication:Provider</c>: Oidc, EntraId, or Development in the Development environment),
    /// the session cookie, role mapping (<c>Authorization</c> section), one policy per permission, and the
    /// <see cref="IOperatorContext"/> the Application services consult. Refuses to start when sign-in is not safely configured.
    /// </summary>
    public static WebApplicationBuilder AddPortalAuthentication(this WebApplicationBuilder builder)
    {
        var settings = PortalAuthenticationSettings.Read(builder.Configuration, builder.Environment);
        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddSingleton(RoleMappingOptions.Read(builder.Configuration));
        services.AddSingleton<PortalRoleMapper>();
        services.AddSingleton<SessionCookieEvents>();

        // Plain HTTP is only for loopback work in Development (and the tests); everywhere else cookies are Secure.
        var securePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        void ConfigureCookie(CookieAuthenticationOptions options)
        {
            options.Cookie.Name = SessionCookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = securePolicy;
            options.ExpireTimeSpan = settings.Session;
            options.SlidingExpiration = true;
            options.LoginPath = settings.Provider == AuthenticationProvider.Development ? SignInEndpoints.SignInPath : SignInEndpoints.LoginPath;
            options.AccessDeniedPath = SignInEndpoints.AccessDeniedPath;
            options.ReturnUrlParameter = "returnUrl";
            options.EventsType = typeof(SessionCookieEvents);
        }

        switch (settings.Provider)
        {
            case AuthenticationProvider.Development:
                AddDevelopment(services, settings, ConfigureCookie);
                break;
            case AuthenticationProvider.Oidc:
                services.AddAuthentication(UseCookieWithSsoChallenge)
                    .AddCookie(ConfigureCookie)
                    .AddOpenIdConnect(SignInEndpoints.SsoSchemeName, options => ConfigureOidc(options, builder.Configuration));
                services.Configure<OpenIdConnectOptions>(SignInEndpoints.SsoSchemeName,
                    options => ConfigureSso(options, AuthenticationProvider.Oidc, securePolicy));
                break;
            case AuthenticationProvider.EntraId:
                services.AddAuthentication(UseCookieWithSsoChallenge)
                    .AddMicrosoftIdentityWebApp(options => builder.Configuration.Bind("AzureAd", options), ConfigureCookie,
                        SignInEndpoints.SsoSchemeName, CookieAuthenticationDefaults.AuthenticationScheme);
                services.Configure<OpenIdConnectOptions>(SignInEndpoints.SsoSchemeName,
                    options => ConfigureSso(options, AuthenticationProvider.EntraId, securePolicy));
                break;
        }

        // Readiness: with SSO, no operator signs in while the provider's metadata cannot be read.
        if (settings.Provider is AuthenticationProvider.Oidc or AuthenticationProvider.EntraId)
        {
            services.AddHealthChecks().AddCheck<SignInProviderHealthCheck>(SignInProviderHealthCheck.Name, tags: ["ready"]);
        }

        services.AddAntiforgery(options =>
        {
            options.Cookie.SecurePolicy = securePolicy;
            options.Cookie.HttpOnly = true;
        });
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddAuthorizationBuilder().AddPermissionPolicies();

        // The circuit: auth state revalidated every minute against the session's expiry; the operator context follows it.
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, SessionExpiryAuthenticationStateProvider>();
        services.AddHttpContextAccessor();
        services.AddScoped<CircuitPrincipal>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, CircuitPrincipalHandler>());
        services.AddScoped<IOperatorContext, ClaimsOperatorContext>();
        return builder;
    }

    private static void UseCookieWithSsoChallenge(AuthenticationOptions options)
    {
        options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
        options.DefaultChallengeScheme = SignInEndpoints.SsoSchemeName;
        options.DefaultForbidScheme = CookieAuthenticationDefaults.AuthenticationScheme;
    }

    /// <summary>
    /// The persona picker's cookie; with <c>Authentication:Development:AutoSignIn</c> a request without the cookie is
    /// signed in as that persona instead (automated tests of other features).
    /// </summary>
    private static void AddDevelopment(IServiceCollection services, PortalAuthenticationSettings settings, Action<CookieAuthenticationOptions> cookie)
    {
        const string session = "DevelopmentSession";
        var auth = services.AddAuthentication(options =>
        {
            options.DefaultScheme = settings.AutoSignInPersona is null ? CookieAuthenticationDefaults.AuthenticationScheme : session;
            options.DefaultChallengeScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            options.DefaultForbidScheme = CookieAuthenticationDefaults.AuthenticationScheme;
        }).AddCookie(cookie);
        if (settings.AutoSignInPersona is null) return;

        auth.AddScheme<AuthenticationSchemeOptions, DevelopmentAuthenticationHandler>(DevelopmentAuthenticationHandler.SchemeName, null);
        auth.AddPolicyScheme(session, "Development session", options => options.ForwardDefaultSelector = context =>
            context.Request.Cookies.ContainsKey(SessionCookieName)
                ? CookieAuthenticationDefaults.AuthenticationScheme
                : DevelopmentAuthenticationHandler.SchemeName);
    }

    /// <summary>Any OpenID Connect provider: authorization code flow with PKCE, claims as the provider names them.</summary>
    private static void ConfigureOidc(OpenIdConnectOptions options, IConfiguration configuration)
    {
        options.Authority = configuration["Oidc:Authority"];
        options.ClientId = configuration["Oidc:ClientId"];
        options.ClientSecret = configuration["Oidc:ClientSecret"];
        options.RequireHttpsMetadata = configuration.GetValue("Oidc:RequireHttpsMetadata", true);
        options.GetClaimsFromUserInfoEndpoint = configuration.GetValue("Oidc:GetClaimsFromUserInfoEndpoint", false);
        options.ResponseType = "code";
        options.UsePkce = true;
        var scopes = configuration.GetSection("Oidc:Scopes").GetChildren().Select(c => c.Value).OfType<string>().ToList();
        options.Scope.Clear();
        foreach (var scope in scopes.Count > 0 ? scopes.Prepend("openid").Distinct() : ["openid", "profile", "email"])
        {
            options.Scope.Add(scope);
        }
    }

    /// <summary>What Oidc and EntraId share: raw claim names, the provider recorded on the operator, IdP sign-out, cookies.</summary>
    private static void ConfigureSso(OpenIdConnectOptions options, AuthenticationProvider provider, CookieSecurePolicy securePolicy)
    {
        options.MapInboundClaims = false;
        options.TokenValidationParameters.NameClaimType = "name";
        options.TokenValidationParameters.RoleClaimType = "roles";
        options.SignedOutRedirectUri = SignInEndpoints.SignedOutPath;
        // Only the id token is kept (in the encrypted cookie): the IdP's end-session endpoint wants it as id_token_hint.
        options.SaveTokens = true;
        if (securePolicy == CookieSecurePolicy.SameAsRequest)
        {
            // Plain HTTP on loopback: correlation and nonce cookies cannot be Secure, so they cannot be SameSite=None.
            options.CorrelationCookie.SecurePolicy = securePolicy;
            options.CorrelationCookie.SameSite = SameSiteMode.Lax;
            options.NonceCookie.SecurePolicy = securePolicy;
            options.NonceCookie.SameSite = SameSiteMode.Lax;
        }

        var tokenValidated = options.Events.OnTokenValidated;
        options.Events.OnTokenValidated = async context =>
        {
            await tokenValidated(context);
            if (context.Principal?.Identity is System.Security.Claims.ClaimsIdentity identity)
            {
                identity.AddClaim(new System.Security.Claims.Claim(PortalClaimTypes.Provider, provider.ToString()));
            }
        };
        var ticketReceived = options.Events.OnTicketReceived;
        options.Events.OnTicketReceived = async context =>
        {
            await ticketReceived(context);
            // Where /signin-oidc sends the browser: inside the portal only, whoever set the challenge's RedirectUri.
            context.ReturnUri = SignInEndpoints.LocalUrl(context.ReturnUri);
            if (context.Properties is { } properties)
            {
                properties.StoreTokens(properties.GetTokens().Where(t => t.Name == "id_token").ToList());
            }
        };
    }
}
