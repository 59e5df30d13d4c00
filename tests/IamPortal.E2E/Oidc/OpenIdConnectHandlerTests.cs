using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IamPortal.E2E.Oidc;

/// <summary>
/// Signs in through the ASP.NET Core OpenIdConnect handler configured the way the portal must configure it, against
/// the provider, so discovery, form_post, back-channel code redemption with PKCE and id token validation are all real.
/// </summary>
public sealed class OpenIdConnectHandlerTests
{
    [Fact]
    public async Task OpenIdConnectHandler_AdminSignsIn_SeesNameAndGroupsClaims()
    {
        var clientBaseUrl = new Uri($"http://127.0.0.1:{FreePort()}/");
        await using var provider = await TestOidcProvider.StartAsync(clientBaseUrl);
        await using var clientApp = await StartClientAsync(clientBaseUrl, provider.Authority);
        using var browser = new OidcFlowClient(provider.Authority);

        var toProvider = await browser.GetAsync(new Uri(clientBaseUrl, "me").AbsoluteUri);
        toProvider.StatusCode.Should().Be(HttpStatusCode.Redirect);
        toProvider.Headers.Location!.GetLeftPart(UriPartial.Path).Should().Be(new Uri(provider.Authority, "connect/authorize").AbsoluteUri);

        var toLogin = await browser.GetAsync(toProvider.Headers.Location.AbsoluteUri);
        var toAuthorize = await browser.SubmitLoginAsync(toLogin.Headers.Location!, "admin", "admin-pass");
        var formPost = await browser.GetAsync(new Uri(provider.Authority, toAuthorize.Headers.Location!).AbsoluteUri);
        formPost.StatusCode.Should().Be(HttpStatusCode.OK);

        var callback = await browser.SubmitHiddenFormAsync(await formPost.Content.ReadAsStringAsync());
        callback.StatusCode.Should().Be(HttpStatusCode.Redirect, await callback.Content.ReadAsStringAsync());
        var me = await browser.GetAsync(new Uri(clientBaseUrl, callback.Headers.Location!).AbsoluteUri);

        me.StatusCode.Should().Be(HttpStatusCode.OK);
        using var claims = JsonDocument.Parse(await me.Content.ReadAsStringAsync());
        claims.RootElement.GetProperty("name").GetString().Should().Be("Ada Admin");
        claims.RootElement.GetProperty("isAdmin").GetBoolean().Should().BeTrue();
        claims.RootElement.GetProperty("groups").EnumerateArray().Select(g => g.GetString()).Should().Equal("iam-portal-admins");
        provider.SignInLog.Should().Equal("admin");
    }

    private static async Task<WebApplication> StartClientAsync(Uri baseUrl, Uri authority)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.WebHost.UseUrls(baseUrl.AbsoluteUri.TrimEnd('/'));
        builder.Logging.ClearProviders();

        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(options => options.Cookie.Name = ".PortalStandIn")
            .AddOpenIdConnect(options =>
            {
                options.Authority = authority.AbsoluteUri;
                options.RequireHttpsMetadata = false;
                options.ClientId = TestOidcProvider.ClientId;
                options.ClientSecret = TestOidcProvider.ClientSecret;
                options.ResponseType = "code";
                options.UsePkce = true;
                options.MapInboundClaims = false;
                options.Scope.Clear();
                foreach (var scope in new[] { "openid", "profile", "email" }) options.Scope.Add(scope);
                options.TokenValidationParameters.NameClaimType = "name";
                options.TokenValidationParameters.RoleClaimType = "groups";
                // Plain HTTP on loopback: the correlation and nonce cookies cannot be Secure, so they cannot be SameSite=None.
                options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.CorrelationCookie.SameSite = SameSiteMode.Lax;
                options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.NonceCookie.SameSite = SameSiteMode.Lax;
            });

        var app = builder.Build();
        app.UseAuthentication();
        app.MapGet("/me", async context =>
        {
            if (context.User.Identity?.IsAuthenticated != true)
            {
                await context.ChallengeAsync(new AuthenticationProperties { RedirectUri = "/me" });
                return;
            }

            await context.Response.WriteAsJsonAsync(new
            {
                name = context.User.Identity.Name,
                isAdmin = context.User.IsInRole("iam-portal-admins"),
                groups = context.User.FindAll("groups").Select(c => c.Value),
            });
        });
        await app.StartAsync();
        return app;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
