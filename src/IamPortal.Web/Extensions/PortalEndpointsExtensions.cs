using IamPortal.Web.Components;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace IamPortal.Web.Extensions;

public static class PortalEndpointsExtensions
{

    /// <summary>The request pipeline and endpoints: errors, request logging, sign-in, health, static assets, components.</summary>
    public static WebApplication MapPortal(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UsePortalRequestLogging();

        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        // Liveness runs no checks: the host answering is the answer. Readiness also asks IAM.
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });

        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
