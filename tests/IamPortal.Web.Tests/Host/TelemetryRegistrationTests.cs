using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using IamPortal.Application.Jobs;
using IamPortal.Web.Extensions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace IamPortal.Web.Tests.Host;

/// <summary>AddPortalTelemetry: OpenTelemetry with its OTLP exporter only when an endpoint is configured.</summary>
public sealed class TelemetryRegistrationTests
{
    /// <summary>A host with only these settings: no environment variables, so the machine's OTEL_* cannot leak in.</summary>
    private static WebApplication Build(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.Configuration.AddInMemoryCollection(settings);
        return builder.AddPortalTelemetry().Build();
    }

    [Fact]
    public async Task AddPortalTelemetry_NoEndpoint_RegistersNoProviderAndNoExporter()
    {
        await using var app = Build([]);

        app.Services.GetService<TracerProvider>().Should().BeNull();
        app.Services.GetService<MeterProvider>().Should().BeNull();
    }

    [Fact]
    public async Task AddPortalTelemetry_StandardEndpointVariable_RegistersTracesAndMetrics()
    {
        await using var app = Build(new() { [PortalTelemetryExtensions.StandardEndpointKey] = "http://127.0.0.1:4317" });

        app.Services.GetService<TracerProvider>().Should().NotBeNull();
        app.Services.GetService<MeterProvider>().Should().NotBeNull();
    }

    private const string Expected = "POST /v1/traces application/x-protobuf";

    [Fact]
    public async Task AddPortalTelemetry_ConfiguredEndpoint_ExportsTheSpansOfThePortalsSourcesOverOtlp()
    {
        using var collector = new FakeCollector();
        await using var app = Build(new()
        {
            [PortalTelemetryExtensions.OtlpEndpointKey] = collector.Url,
            [PortalTelemetryExtensions.OtlpProtocolKey] = "http/protobuf",
        });
        var tracing = app.Services.GetRequiredService<TracerProvider>();

        Activity.Current = null; // a root span, sampled whatever ran on this thread before
        JobTelemetry.Source.StartActivity("Offboarding DeleteUser")!.Dispose();
        tracing.ForceFlush(30_000).Should().BeTrue("the exporter sends the span within 30 s, even on a busy machine");

        for (var waited = 0; waited < 100 && !collector.Requests.Contains(Expected); waited++) await Task.Delay(100);
        collector.Requests.Should().Contain(Expected);
    }

    [Theory]
    [InlineData(PortalTelemetryExtensions.OtlpEndpointKey, "collector:4317", "must be an http:// or https:// URL")]
    [InlineData(PortalTelemetryExtensions.OtlpProtocolKey, "http/json", "must be grpc or http/protobuf")]
    public void AddPortalTelemetry_BadSetting_RefusesNamingIt(string key, string value, string reason)
    {
        var settings = new Dictionary<string, string?> { [PortalTelemetryExtensions.OtlpEndpointKey] = "http://127.0.0.1:4317", [key] = value };

        var build = () => Build(settings);

        build.Should().Throw<InvalidOperationException>().WithMessage($"*{key}*{reason}*");
    }

    /// <summary>An OTLP/HTTP receiver on a free loopback port that answers 200 and remembers what it was sent.</summary>
    private sealed class FakeCollector : IDisposable
    {
        private readonly HttpListener _listener = new();

        public FakeCollector()
        {
            var port = UnreachableProviderPortalFactory.ClosedPort(); // free until the listener takes it
            Url = $"http://127.0.0.1:{port}/";
            _listener.Prefixes.Add(Url);
            _listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public string Url { get; }

        public ConcurrentQueue<string> Requests { get; } = new();

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try { context = await _listener.GetContextAsync(); }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
                Requests.Enqueue($"{context.Request.HttpMethod} {context.Request.Url!.AbsolutePath} {context.Request.ContentType}");
                context.Response.StatusCode = 200;
                context.Response.Close();
            }
        }

        public void Dispose() => _listener.Close();
    }
}
