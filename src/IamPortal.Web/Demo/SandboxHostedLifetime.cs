using IamPortal.Sandbox;

namespace IamPortal.Web.Demo;

/// <summary>Owns the in-process Sandbox started for demo mode and stops it when the portal shuts down.</summary>
public sealed class SandboxHostedLifetime(SandboxServer sandbox, ILogger<SandboxHostedLifetime> logger) : IHostedService, IAsyncDisposable
{
    private int _disposed;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Demo mode: IAM Sandbox listening at {SandboxUrl}", sandbox.BaseUrl);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await sandbox.DisposeAsync();
        }
    }
}
