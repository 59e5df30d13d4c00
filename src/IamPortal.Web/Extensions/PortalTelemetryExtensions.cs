using IamPortal.Application.Inventory;
using IamPortal.Application.Jobs;
using IamPortal.Infrastructure.Aws;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace IamPortal.Web.Extensions;

public static class PortalTelemetryExtensions
{
    public const string OtlpEndpointKey = "Telemetry:OtlpEndpoint";
    public const string OtlpProtocolKey = "Telemetry:OtlpProtocol";
    public const string StandardEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The portal's own meters and sources, then those of ASP.NET Core, Blazor circuits, HttpClient and the runtime.</summary>
    public static readonly string[] Meters =
    [
        IamTelemetry.Name, JobTelemetry.Name, InventoryTelemetry.Name,
        "Microsoft.AspNetCore.Components", "Microsoft.AspNetCore.Components.Server.Circuits", "System.Net.Http", "System.Runtime",
    ];

    public static readonly string[] Sources =
        [IamTelemetry.Name, JobTelemetry.Name, InventoryTelemetry.Name, "Microsoft.AspNetCore.Components", "System.Net.Http"];

    /// <summary>
    /// OpenTelemetry traces and metrics (README "Telemetry"), exported over OTLP only when an endpoint is configured:
    /// <c>Telemetry:OtlpEndpoint</c> (with <c>Telemetry:OtlpProtocol</c> <c>grpc</c>, the default, or <c>http/protobuf</c>)
    /// or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (and the other <c>OTEL_*</c> variables). With neither, nothing
    /// is collected or exported; the meters still serve in-process listeners such as <c>dotnet-counters</c>.
    /// </summary>
    public static WebApplicationBuilder AddPortalTelemetry(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var endpoint = configuration[OtlpEndpointKey];
        if (string.IsNullOrWhiteSpace(endpoint) && string.IsNullOrWhiteSpace(configuration[StandardEndpointKey])) return builder;

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : "iamportal"))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = http => !http.Request.Path.StartsWithSegments("/healthz"))
                .AddSource(Sources))
            .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddMeter(Meters));
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            telemetry.UseOtlpExporter();
        }
        else
        {
            telemetry.UseOtlpExporter(Protocol(configuration[OtlpProtocolKey]), ParseEndpoint(endpoint));
        }
        return builder;
    }

    private static Uri ParseEndpoint(string endpoint) =>
        Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new InvalidOperationException($"{OtlpEndpointKey} must be an http:// or https:// URL (got \"{endpoint}\").");

    private static OtlpExportProtocol Protocol(string? protocol) => protocol?.Trim().ToLowerInvariant() switch
    {
        null or "" or "grpc" => OtlpExportProtocol.Grpc,
        "http/protobuf" => OtlpExportProtocol.HttpProtobuf,
        _ => throw new InvalidOperationException($"{OtlpProtocolKey} must be grpc or http/protobuf (got \"{protocol}\")."),
    };
}
