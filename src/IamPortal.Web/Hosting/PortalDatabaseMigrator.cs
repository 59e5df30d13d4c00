using IamPortal.Infrastructure.Persistence;

namespace IamPortal.Web.Hosting;

/// <summary>
/// Brings the portal's own database up to date when the host starts, before the web server accepts requests
/// (<see cref="IHostedLifecycleService.StartingAsync"/> runs ahead of every hosted service's StartAsync).
/// </summary>
public sealed class PortalDatabaseMigrator(IServiceProvider services, ILogger<PortalDatabaseMigrator> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await services.MigratePortalDatabaseAsync(cancellationToken);
        logger.LogInformation("Portal database is up to date");
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
