using IamPortal.Application.Accounts;
using IamPortal.Application.Commands;

namespace IamPortal.Application.Organization;

/// <summary>The organization overview (/organization): hygiene figures of every account the operator can read.</summary>
public interface IOrganizationOverviewService
{
    /// <summary>The accounts the operator can read (no AWS call): the refresh's list of pending accounts.</summary>
    Task<IReadOnlyList<PortalAccount>> ReadableAsync(CancellationToken ct = default);

    /// <summary>A row per readable account from its cached inventory; a failed account carries its error, never stops the others.</summary>
    Task<CommandResult<OrganizationOverview>> GetAsync(CancellationToken ct = default);

    /// <summary>
    /// Rebuilds every readable account's inventory from IAM (<see cref="AccountsOptions.RefreshParallelism"/> at a time),
    /// telling <paramref name="progress"/> as each account is done or failed, then returns the new overview.
    /// </summary>
    Task<CommandResult<OrganizationOverview>> RefreshAllAsync(Action<AccountRefreshProgress>? progress = null, CancellationToken ct = default);

    /// <summary>CSV of the overview's rows and the totals (audited, with the row count).</summary>
    Task<CommandResult<string>> ExportCsvAsync(OrganizationOverview overview, CancellationToken ct = default);
}
