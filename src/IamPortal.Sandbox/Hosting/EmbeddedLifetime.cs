using Microsoft.Extensions.Hosting;

namespace IamPortal.Sandbox.Hosting;

/// <summary>
/// The sandbox runs inside other processes (tests, the portal's demo mode): it must not take over their
/// Ctrl+C / SIGTERM handling the way the default ConsoleLifetime does. The owner stops it with DisposeAsync.
/// </summary>
internal sealed class EmbeddedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
