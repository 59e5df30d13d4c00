using Serilog;
using Serilog.Events;

namespace IamPortal.Web.Extensions;

public static class PortalLoggingExtensions
{
    /// <summary>
    /// Serilog for the host and the application: defaults first (Information, ASP.NET Core at Warning, console),
    /// then the "Serilog" configuration section overrides levels, enrichers and sinks.
    /// </summary>
    public static WebApplicationBuilder AddPortalLogging(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var sinksConfigured = configuration.GetSection("Serilog:WriteTo").Exists();

        builder.Services.AddSerilog((services, logger) =>
        {
            logger
                .MinimumLevel.Information()
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
                .ReadFrom.Configuration(configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .Enrich.WithProperty("Application", "IamPortal");
            if (!sinksConfigured)
            {
                logger.WriteTo.Console(
                    outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");
            }
        });
        return builder;
    }

    /// <summary>One structured line per request: method, path (never the query string), status, elapsed.</summary>
    public static WebApplication UsePortalRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            options.GetLevel = (http, _, exception) =>
                exception is not null || http.Response.StatusCode >= 500 ? LogEventLevel.Error
                : http.Request.Path.StartsWithSegments("/healthz") || http.Request.Path.StartsWithSegments("/_blazor")
                    ? LogEventLevel.Verbose
                    : LogEventLevel.Information;
        });
        return app;
    }
}
