using IamPortal.Application.Iam;
using IamPortal.Application.Accounts;
using IamPortal.Application.Inventory;
using IamPortal.Application.Operators;
using IamPortal.Application.Trends;
using Microsoft.Extensions.Options;

namespace IamPortal.Web.Hosting;

/// <summary>
/// Takes the scheduled hygiene snapshot (Trends:SnapshotInterval, default one day). It wakes at least hourly and asks
/// <see cref="ScheduledTrendSnapshot"/> whether one is due, so a restart catches up without taking a second; with
/// several instances the database lease (ADR 0012) lets one of them take it. It reads the cached inventory, building it
/// when there is none: the portal's own read, like <see cref="InventoryRefreshService"/>.
/// </summary>
public sealed class TrendSnapshotService(
    IAccountDirectory accounts,
    EveryAccount everyAccount,
    InventoryCache cache,
    TimeProvider time,
    IOptions<TrendOptions> options,
    ILogger<TrendSnapshotService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.SnapshotInterval;
        if (interval <= TimeSpan.Zero) return;
        var wake = interval < TimeSpan.FromHours(1) ? interval : TimeSpan.FromHours(1);
        do
        {
            try
            {
                await everyAccount.RunAsync(await accounts.ListAsync(stoppingToken), _ => PortalOperators.Scheduled, async (sp, _, ct) =>
                {
                    var account = await sp.GetRequiredService<ICurrentAccount>().GetAsync(ct);
                    var builder = sp.GetRequiredService<InventoryBuilder>();
                    var accountCache = cache.For(account.AccountId);
                    var taken = await sp.GetRequiredService<ScheduledTrendSnapshot>().RunAsync(account,
                        async c => accountCache.Snapshot ?? await accountCache.BuildOnceAsync(b => builder.BuildAsync(account, b), c), ct);
                    if (taken is not null) logger.LogInformation("Trend snapshot {Id} taken for {AccountId}", taken.Id, account.AccountId);
                    return taken is not null;
                }, ct: stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (IamException e) // listing the accounts (STS, single-account mode); each account's own failure is an EveryAccount outcome
            {
                logger.LogWarning(e, "Scheduled trend snapshot failed; the next attempt is in {Interval}", wake);
            }
        }
        while (await DelayAsync(wake, stoppingToken));
    }

    private async Task<bool> DelayAsync(TimeSpan delay, CancellationToken ct)
    {
        try { await Task.Delay(delay, time, ct); return true; }
        catch (OperationCanceledException) { return false; }
    }
}
