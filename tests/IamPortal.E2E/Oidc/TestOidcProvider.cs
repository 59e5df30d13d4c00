using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IamPortal.E2E.Oidc;

/// <summary>
/// A real OpenID Connect provider (OpenIddict 7) on plain HTTP loopback for the end-to-end tests: authorization code
/// flow with PKCE, a login form for the <see cref="Users"/>, discovery, JWKS, token, userinfo and end-session endpoints.
/// The portal is registered as the confidential client <see cref="ClientId"/>.
/// </summary>
public sealed class TestOidcProvider : IAsyncDisposable
{
    public const string ClientId = "iam-portal";

    /// <summary>Test-only secret of the <see cref="ClientId"/> client.</summary>
    public const string ClientSecret = "e2e-client-secret";

    private readonly WebApplication _app;
    private readonly OidcSignInLog _signInLog;

    private TestOidcProvider(WebApplication app, OidcSignInLog signInLog, Uri authority)
    {
        _app = app;
        _signInLog = signInLog;
        Authority = authority;
    }

    /// <summary>The issuer, e.g. <c>http://127.0.0.1:PORT/</c>; discovery is at <c>.well-known/openid-configuration</c>.</summary>
    public Uri Authority { get; }

    /// <summary>The test operators that can sign in, with their passwords and groups.</summary>
    public static IReadOnlyList<TestOidcUser> Users => TestOidcUsers.All;

    /// <summary>User names, in order, for which an authorization code was issued (one per completed sign-in).</summary>
    public IReadOnlyList<string> SignInLog => _signInLog.Snapshot();

    /// <summary>Starts the provider on a free loopback port and registers the portal at <paramref name="portalBaseUrl"/> as client.</summary>
    public static async Task<TestOidcProvider> StartAsync(Uri portalBaseUrl, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(portalBaseUrl);

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(TestOidcProvider).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = "Development",
        });

        // Nothing from the test host's appsettings or environment (e.g. the portal's own settings) leaks in.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Warning);

        var signInLog = new OidcSignInLog();
        builder.Services.AddTestOidcServer(signInLog);

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAntiforgery();
        app.MapTestOidcLogin();
        app.MapTestOidcAuthorization();

        try
        {
            await OidcClientRegistration.RegisterPortalAsync(app.Services, portalBaseUrl, ct);
            await app.StartAsync(ct);
            return new TestOidcProvider(app, signInLog, BoundAddress(app));
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static Uri BoundAddress(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("The provider's server exposes no addresses.");
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The provider is not bound to loopback: {string.Join(", ", addresses)}");
        return new Uri(address.TrimEnd('/') + "/");
    }
}
