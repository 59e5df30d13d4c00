using IamPortal.Application.Security;
using IamPortal.Web.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IamPortal.Web.Extensions;

public static class PortalAuthExtensions
{
    /// <summary>
    /// The operator sign-in seam. Today the only scheme is the development identity, enabled in demo mode, in the
    /// Development environment, or explicitly with <c>Portal:Authentication=Development</c>. SSO (Entra ID / OIDC)
    /// plugs in here as another scheme; the rest of the portal only sees <see cref="IOperatorContext"/>.
    /// </summary>
    public static WebApplicationBuilder AddPortalAuthentication(this WebApplicationBuilder builder, bool isDemo)
    {
        var configured = builder.Configuration["Portal:Authentication"];
        var useDevelopment = isDemo || builder.Environment.IsDevelopment()
            || string.Equals(configured, DevelopmentAuthenticationHandler.SchemeName, StringComparison.OrdinalIgnoreCase);
        if (!useDevelopment)
        {
            throw new InvalidOperationException(
                "No operator sign-in is configured for a real AWS account outside Development. Single sign-on arrives in a " +
                "later release; until then run in demo mode, or set Portal:Authentication=Development on a trusted machine only.");
        }

        builder.Services
            .AddAuthentication(DevelopmentAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, DevelopmentAuthenticationHandler>(DevelopmentAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddHttpContextAccessor();

        builder.Services.AddScoped<CircuitPrincipal>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, CircuitPrincipalHandler>());
        builder.Services.AddScoped<IOperatorContext, ClaimsOperatorContext>();
        return builder;
    }
}
