namespace IamPortal.Web.Auth;

/// <summary>
/// The <c>Authentication</c> section, read and checked once at start: which provider, how long a session lasts, and
/// (Development only) a persona signed in without the picker, for automated tests of other features.
/// </summary>
public sealed record PortalAuthenticationSettings(AuthenticationProvider Provider, TimeSpan Session, string? AutoSignInPersona)
{
    public const string ProviderKey = "Authentication:Provider";
    public const string SessionMinutesKey = "Authentication:SessionMinutes";
    public const string SessionCheckSecondsKey = "Authentication:SessionCheckSeconds";
    public const string AutoSignInKey = "Authentication:Development:AutoSignIn";
    public const double DefaultSessionMinutes = 480;
    public const double DefaultSessionCheckSeconds = 60;

    /// <summary>How often an open page checks whether its session has ended.</summary>
    public TimeSpan SessionCheck { get; init; } = TimeSpan.FromSeconds(DefaultSessionCheckSeconds);

    private const string HowToConfigure =
        "Set Authentication:Provider to Oidc (with Oidc:Authority, Oidc:ClientId and Oidc:ClientSecret) or to EntraId " +
        "(with AzureAd:Instance, AzureAd:TenantId, AzureAd:ClientId and AzureAd:ClientSecret or AzureAd:ClientCertificates).";

    /// <summary>Reads the section and refuses what must not run: Development outside the Development environment, no provider, missing SSO settings.</summary>
    public static PortalAuthenticationSettings Read(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration[ProviderKey];
        var provider = AuthenticationProvider.None;
        if (!string.IsNullOrWhiteSpace(configured)
            && (!Enum.TryParse(configured, ignoreCase: true, out provider) || provider == AuthenticationProvider.None))
        {
            throw new InvalidOperationException(
                $"{ProviderKey} is '{configured}'; use Oidc, EntraId, or (in the Development environment only) Development.");
        }

        if (provider == AuthenticationProvider.None)
        {
            provider = environment.IsDevelopment()
                ? AuthenticationProvider.Development
                : throw new InvalidOperationException(
                    $"No operator sign-in is configured ({ProviderKey} is empty) and the environment is '{environment.EnvironmentName}'. {HowToConfigure}");
        }
        if (provider == AuthenticationProvider.Development && !environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"{ProviderKey}=Development (the persona picker) is allowed only in the Development environment, and this one is " +
                $"'{environment.EnvironmentName}'. {HowToConfigure}");
        }

        RequireSettings(configuration, provider);
        var minutes = configuration.GetValue(SessionMinutesKey, DefaultSessionMinutes);
        if (!(minutes > 0)) throw new InvalidOperationException($"{SessionMinutesKey} must be a positive number of minutes; it is {minutes}.");
        var check = configuration.GetValue(SessionCheckSecondsKey, DefaultSessionCheckSeconds);
        if (!(check >= 1)) throw new InvalidOperationException($"{SessionCheckSecondsKey} must be at least 1 second; it is {check}.");
        var persona = provider == AuthenticationProvider.Development ? configuration[AutoSignInKey] : null;
        if (!string.IsNullOrWhiteSpace(persona) && DevelopmentPersonas.Find(persona) is null)
        {
            throw new InvalidOperationException(
                $"{AutoSignInKey} is '{persona}'; use one of {string.Join(", ", DevelopmentPersonas.All.Select(p => p.Key))}, or leave it empty.");
        }
        return new PortalAuthenticationSettings(provider, TimeSpan.FromMinutes(minutes), string.IsNullOrWhiteSpace(persona) ? null : persona)
        {
            SessionCheck = TimeSpan.FromSeconds(check),
        };
    }

    private static void RequireSettings(IConfiguration configuration, AuthenticationProvider provider)
    {
        string[] required = provider switch
        {
            AuthenticationProvider.Oidc => ["Oidc:Authority", "Oidc:ClientId"],
            AuthenticationProvider.EntraId => ["AzureAd:TenantId", "AzureAd:ClientId"],
            _ => [],
        };
        var missing = required.Where(key => string.IsNullOrWhiteSpace(configuration[key])).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"{ProviderKey}={provider} needs {string.Join(" and ", missing)}. {HowToConfigure}");
        }
    }
}
