using IamPortal.Sandbox.Faults;
using IamPortal.Sandbox.Hosting;
using IamPortal.Sandbox.Operations;
using IamPortal.Sandbox.Seed;
using IamPortal.Sandbox.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IamPortal.Sandbox;

/// <summary>A running sandbox: its own Kestrel WebApplication, so it can live inside another process.</summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly StateStore _store;
    private int _disposed;

    private SandboxServer(WebApplication app, StateStore store, ISandboxControl control, Uri baseUrl)
    {
        _app = app;
        _store = store;
        Control = control;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public ISandboxControl Control { get; }

    public static async Task<SandboxServer> StartAsync(SandboxOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(SandboxServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        // Embedded in another process (the portal's demo mode, tests): ignore that host's appsettings (Logging, Kestrel...).
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = null;
            k.AddServerHeader = false;
        });
        builder.Services.AddSingleton<Microsoft.Extensions.Hosting.IHostLifetime, EmbeddedLifetime>();
        var app = builder.Build();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("IamPortal.Sandbox");

        var time = options.TimeProvider;
        var state = new IamState();
        var store = new StateStore(state, options.DataFile, logger);
        if (!store.TryLoad())
        {
            lock (state.Sync) AccountSeeder.Seed(state, options.SeedUsers, options.Seed, time.GetUtcNow());
            if (store.Enabled) await store.SaveAsync(ct).ConfigureAwait(false);
        }

        var faults = new FaultInjector();
        var counter = new RequestCounter();
        var control = new SandboxControl(state, counter, faults, store, time);
        var pipeline = new RequestPipeline(state, OperationRegistry.CreateDefault(), new Authenticator(state), faults, counter, store, time, logger);

        AdminEndpoints.Map(app, control);
        app.Map("/_sandbox/{**rest}", (Microsoft.AspNetCore.Http.HttpContext http) => { http.Response.StatusCode = 404; });
        app.Map("/{**path}", pipeline.HandleAsync);

        await app.StartAsync(ct).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no listening address.");
        return new SandboxServer(app, store, control, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        await _app.StopAsync().ConfigureAwait(false);
        await _store.DisposeAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
