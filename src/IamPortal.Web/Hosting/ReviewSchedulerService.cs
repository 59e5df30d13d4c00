using IamPortal.Application.Iam;
using IamPortal.Application.Operators;
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
    IAccountDirectory accounts,
    EveryAccount everyAccount,
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
            await everyAccount.RunAsync(await accounts.ListAsync(ct), _ => ReviewOperators.Scheduler, async (sp, _, c) =>
            {
                var account = await sp.GetRequiredService<ICurrentAccount>().GetAsync(c);
                if (!await leases.TryAcquireAsync($"scheduled:review-scheduler:{account.AccountId}", leaseOptions.InstanceId, interval * 3, c)) return false;
                var tick = await sp.GetRequiredService<ReviewScheduler>().TickAsync(c);
                if (tick.Started + tick.Reminders + tick.Ended + tick.Applied > 0)
                    logger.LogInformation("Review scheduler in {AccountId}: {Started} started, {Reminders} reminders queued, {Ended} ended, {Applied} applied",
                        account.AccountId, tick.Started, tick.Reminders, tick.Ended, tick.Applied);
                return true;
            }, ct: ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (IamException e) // listing the accounts (STS, single-account mode); each account's own failure is an EveryAccount outcome
        {
            logger.LogWarning(e, "The review scheduler's tick failed; the next one is in {Interval}", interval);
        }
    }
}
