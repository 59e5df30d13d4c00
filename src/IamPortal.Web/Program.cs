using IamPortal.Web.Extensions;

var builder = WebApplication.CreateBuilder(args);

// Structured logging (Serilog) from the "Serilog" section, console by default.
builder.AddPortalLogging();

// OpenTelemetry traces and metrics, exported over OTLP only when an endpoint is configured (README "Telemetry").
builder.AddPortalTelemetry();

// Application + Infrastructure (real AWS, or the Sandbox in demo mode), MudBlazor, the operator sign-in seam, health checks.
builder.AddPortalServices();

var app = builder.Build();

// Middleware, health endpoints, static assets and the Blazor components.
app.MapPortal();

await app.RunAsync();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
