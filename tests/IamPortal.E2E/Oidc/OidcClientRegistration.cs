using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace IamPortal.E2E.Oidc;

/// <summary>Registers the portal as the confidential <c>iam-portal</c> client (code flow, PKCE required).</summary>
internal static class OidcClientRegistration
{
    public static async Task RegisterPortalAsync(IServiceProvider services, Uri portalBaseUrl, CancellationToken ct)
    {
        var baseUrl = portalBaseUrl.AbsoluteUri.EndsWith('/') ? portalBaseUrl : new Uri(portalBaseUrl.AbsoluteUri + "/");
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = TestOidcProvider.ClientId,
            ClientSecret = TestOidcProvider.ClientSecret,
            ClientType = ClientTypes.Confidential,
            ApplicationType = ApplicationTypes.Web,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "IAM Portal (end-to-end tests)",
            RedirectUris = { new Uri(baseUrl, "signin-oidc") },
            PostLogoutRedirectUris = { new Uri(baseUrl, "signout-callback-oidc") },
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile,
                Permissions.Scopes.Email,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };

        await using var scope = services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        await manager.CreateAsync(descriptor, ct);
    }
}
