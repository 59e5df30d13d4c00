using IamPortal.Web.Auth;

namespace IamPortal.Web.Security;

public static class SecurityHeadersExtensions
{
    /// <summary>Adds <see cref="SecurityHeaders"/> to every response, including redirects and error pages.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        var headers = SecurityHeaders.For(app.Services.GetRequiredService<PortalAuthenticationSettings>().Provider, app.Configuration);
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                headers.Apply(context.Response.Headers);
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
