using IamPortal.Sandbox;
using Microsoft.Extensions.Options;

namespace IamPortal.Web.Demo;

/// <summary>
/// Demo mode's own IAM Sandbox, started by the portal's host before the portal listens (and before the inventory's
/// first build), on a free loopback port, and stopped (its state saved) after the portal has stopped. The portal
/// reaches it over HTTP with SigV4 like any IAM endpoint; <see cref="Server"/> says where.
/// </summary>
public sealed class DemoSandboxService(IOptions<SandboxOptions> options, ILogger<DemoSandboxService> logger)
    : IHostedService, IAsyncDisposable
{
    private SandboxServer? _server;

    /// <summary>The running Sandbox; only once the host has started.</summary>
    public SandboxServer Server => _server
        ?? throw new InvalidOperationException("The demo Sandbox is started by the host: it is not running yet.");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _server = await SandboxServer.StartAsync(options.Value, cancellationToken);
        logger.LogInformation("Demo mode: IAM Sandbox listening at {SandboxUrl}", _server.BaseUrl);
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _server, null) is { } server)
        {
            await server.DisposeAsync();
        }
    }
}
