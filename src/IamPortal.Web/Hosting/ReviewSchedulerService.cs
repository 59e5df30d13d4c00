using IamPortal.Application.Accounts;
using IamPortal.Application.Jobs;
using IamPortal.Application.Reviews;
using IamPortal.Web.Auth;
using Microsoft.Extensions.Options;

namespace IamPortal.Web.Hosting;

/// <summary>
/// Runs <see cref="ReviewScheduler.TickAsync"/> every <see cref="ReviewsOptions.SchedulerInterval"/>: campaigns start,
/// remind, end and apply at their times. With several portal instances one of them ticks (the one holding the database
/// lease, ADR 0012), so a campaign is started, ended and applied once per deployment; the journaled apply job makes a
/// takeover after a crash resume rather than repeat. It acts as the portal (<see cref="ReviewOperators.Scheduler"/>).
/// </summary>
public sealed class ReviewSchedulerService(
    IServiceScopeFactory scopes,
    IJobLeases leases,
    JobLeaseOptions leaseOptions,
    IOptions<ReviewsOptions> options,
    ILogger<ReviewSchedulerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.SchedulerInterval;
        if (interval <= TimeSpan.Zero) return;
        using var timer = new PeriodicTimer(interval);
        try
        {
            do
            {
                await TickOnceAsync(interval, stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException)
        {
            // The host is stopping.
        }
    }

    private async Task TickOnceAsync(TimeSpan interval, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<OperatorOverride>().Identity = ReviewOperators.Scheduler;
            var account = await scope.ServiceProvider.GetRequiredService<ICurrentAccount>().GetAsync(ct);
            if (!await leases.TryAcquireAsync($"scheduled:review-scheduler:{account.AccountId}", leaseOptions.InstanceId, interval * 3, ct)) return;
            var tick = await scope.ServiceProvider.GetRequiredService<ReviewScheduler>().TickAsync(ct);
            if (tick.Started + tick.Reminders + tick.Ended + tick.Applied > 0)
                logger.LogInformation("Review scheduler: {Started} started, {Reminders} reminders queued, {Ended} ended, {Applied} applied",
                    tick.Started, tick.Reminders, tick.Ended, tick.Applied);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "The review scheduler's tick failed; the next one is in {Interval}", interval);
        }
    }
}
