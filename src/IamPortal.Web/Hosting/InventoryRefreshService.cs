using IamPortal.Application.Iam;
using IamPortal.Application.Accounts;
using IamPortal.Application.Inventory;
using IamPortal.Application.Jobs;
using IamPortal.Application.Operators;
using Microsoft.Extensions.Options;

namespace IamPortal.Web.Hosting;

/// <summary>
/// Builds every account's inventory (a few accounts at a time, Accounts:RefreshParallelism) when the portal starts and again every <see cref="InventoryOptions.RefreshInterval"/>,
/// so the first operator to open the users list does not wait for it. This is the portal's own read, not an operator's
/// action, so it goes to the builder directly rather than through the operator-checked service. With several portal
/// instances, one of them refreshes on schedule (the one holding the database lease, ADR 0012); the others build their
/// snapshot when it is first asked for.
/// </summary>
public sealed class InventoryRefreshService(
    IAccountDirectory accounts,
    EveryAccount everyAccount,
    InventoryCache cache,
    IJobLeases leases,
    JobLeaseOptions leaseOptions,
    IOptions<InventoryOptions> options,
    ILogger<InventoryRefreshService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.RefreshInterval;
        if (interval <= TimeSpan.Zero) return;
        do
        {
            try
            {
                await everyAccount.RunAsync(await accounts.ListAsync(stoppingToken), _ => PortalOperators.Scheduled, async (sp, _, ct) =>
                {
                    var builder = sp.GetRequiredService<InventoryBuilder>();
                    var account = await sp.GetRequiredService<ICurrentAccount>().GetAsync(ct);
                    // Held from one round to the next by this instance while it lives; taken over when it stops renewing.
                    if (!await leases.TryAcquireAsync($"scheduled:inventory-refresh:{account.AccountId}", leaseOptions.InstanceId, interval * 2, ct)) return false;
                    await cache.For(account.AccountId).BuildOnceAsync(c => builder.BuildAsync(account, c), ct);
                    return true;
                }, ct: stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return; // the host is stopping (or failed to start): not an error
            }
            catch (IamException e) // listing the accounts (STS, single-account mode); each account's own failure is an EveryAccount outcome
            {
                logger.LogWarning(e, "Scheduled inventory refresh failed; the next attempt is in {Interval}", interval);
            }
        }
        while (await Delay(interval, stoppingToken));
    }

    private static async Task<bool> Delay(TimeSpan interval, CancellationToken ct)
    {
        try { await Task.Delay(interval, ct); return true; }
        catch (OperationCanceledException) { return false; }
    }
}
