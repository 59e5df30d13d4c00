using IamPortal.Web.Auth;
using IamPortal.Web.Components;
using IamPortal.Web.Health;
using IamPortal.Web.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace IamPortal.Web.Extensions;

public static class PortalEndpointsExtensions
{
    /// <summary>The request pipeline and endpoints: security headers, errors, request logging, sign-in, health, static assets, components.</summary>
    public static WebApplication MapPortal(this WebApplication app)
    {
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UsePortalRequestLogging();

        // /accounts/{id}/… is that account's page: the account moves to the path base before routing (ADR 0026).
        app.UseMiddleware<Features.Accounts.AccountPathMiddleware>();
        app.UseRouting();

        // Every page needs a portal role unless it says otherwise (the fallback policy); sign-in pages, health and
        // static assets are open.
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        // Liveness runs no checks: the host answering is the answer. Readiness also asks IAM and (SSO) the sign-in
        // provider, and names what is not healthy.
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResponseWriter = HealthReportText.WriteAsync,
        }).AllowAnonymous();

        app.MapSignInEndpoints();
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
