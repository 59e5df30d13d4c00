using IamPortal.Application.Accounts;
using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Inventory;
using IamPortal.Application.Operators;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Application.Organization;

/// <summary>
/// <see cref="IOrganizationOverviewService"/>: each readable account is read in its own scope (<see cref="EveryAccount"/>),
/// as the operator with the role they have there; accounts the operator cannot read are left out.
/// </summary>
public sealed class OrganizationOverviewService(
    ReadableAccounts readable,
    EveryAccount everyAccount,
    IOperatorContext operators,
    IAuditedOperations audited,
    TimeProvider time) : IOrganizationOverviewService
{
    public Task<IReadOnlyList<PortalAccount>> ReadableAsync(CancellationToken ct = default) => readable.ListAsync(ct);

    public Task<CommandResult<OrganizationOverview>> GetAsync(CancellationToken ct = default) =>
        CommandResult.CaptureAsync(() => BuildAsync(refresh: false, null, ct));

    public Task<CommandResult<OrganizationOverview>> RefreshAllAsync(Action<AccountRefreshProgress>? progress = null, CancellationToken ct = default) =>
        CommandResult.CaptureAsync(() => BuildAsync(refresh: true, progress, ct));

    public async Task<CommandResult<string>> ExportCsvAsync(OrganizationOverview overview, CancellationToken ct = default)
    {
        var parameters = new Dictionary<string, object?> { ["rows"] = overview.Rows.Count };
        return await CommandResult.CaptureAsync(() => audited.RunAsync(Permission.ReadIam, AuditActions.ExportOrganizationOverview,
            "organization", parameters, _ => Task.FromResult(CommandResult.Ok(OrganizationOverviewCsv.Write(overview))), ct));
    }

    private async Task<OrganizationOverview> BuildAsync(bool refresh, Action<AccountRefreshProgress>? progress, CancellationToken ct)
    {
        var accounts = await readable.RequireAsync("read the organization overview", ct);
        var outcomes = await everyAccount.RunAsync(accounts, operators.For, async (sp, _, c) =>
        {
            if (refresh) await sp.GetRequiredService<IInventoryService>().RefreshAsync(c);
            return await AccountOverviewReader.ReadAsync(sp, time, c);
        }, o => progress?.Invoke(new AccountRefreshProgress(o.Account, o.Succeeded ? RefreshState.Done : RefreshState.Failed, o.Error, o.Elapsed)), ct);
        var rows = outcomes.Select(o => o.Succeeded
            ? new AccountOverviewRow(o.Account, o.Value.Figures, o.Value.Findings, null)
            : new AccountOverviewRow(o.Account, null, null, o.Error)).ToList();
        return new OrganizationOverview(rows, time.GetUtcNow());
    }
}
