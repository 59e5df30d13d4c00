using IamPortal.Application.Inventory;
using IamPortal.Application.Operators;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Application.Accounts;

/// <summary>One account on the accounts page: who it is, how the portal reaches it, its last inventory, and whether it answers.</summary>
public sealed record AccountStatusRow(PortalAccount Account, string? Alias, DateTimeOffset? LastRefresh, int? Users, string? Error)
{
    public bool Reachable => Error is null;
}

public interface IAccountStatusService
{
    /// <summary>
    /// Every account the operator can read, each checked in its own scope (STS caller identity and alias through the
    /// way the portal reaches it), <paramref name="progress"/> told as each answers; an unreachable account carries IAM's
    /// reason and never holds up the others.
    /// </summary>
    Task<IReadOnlyList<AccountStatusRow>> ListAsync(Action<AccountStatusRow>? progress = null, CancellationToken ct = default);

    /// <summary>The accounts the operator can read (no AWS call): the switcher's list.</summary>
    Task<IReadOnlyList<PortalAccount>> ReadableAsync(CancellationToken ct = default);

    /// <summary>The alias an account answered with on an earlier check (null until then), for the switcher's search.</summary>
    string? KnownAlias(string accountId);
}

public sealed class AccountStatusService(IAccountDirectory directory, EveryAccount everyAccount, IOperatorContext operators,
    InventoryCache inventories, AccountInfoCache infos) : IAccountStatusService
{
    public async Task<IReadOnlyList<PortalAccount>> ReadableAsync(CancellationToken ct = default)
    {
        var accounts = await directory.ListAsync(ct);
        return accounts.Where(a => RolePermissions.Allows(operators.For(a.Id).Role, Permission.ReadIam)).ToList();
    }

    public async Task<IReadOnlyList<AccountStatusRow>> ListAsync(Action<AccountStatusRow>? progress = null, CancellationToken ct = default)
    {
        var readable = await ReadableAsync(ct);
        if (readable.Count == 0) operators.EnsureCanRead("list the accounts"); // refuses with the operator's reason
        var outcomes = await everyAccount.RunAsync(readable, operators.For, async (sp, _, c) =>
            await sp.GetRequiredService<IAccountService>().GetAsync(c), o => progress?.Invoke(Row(o)), ct);
        return outcomes.Select(Row).ToList();
    }

    public string? KnownAlias(string accountId) => infos.Get(accountId)?.Alias;

    private AccountStatusRow Row(AccountOutcome<AccountInfo> o)
    {
        var snapshot = inventories.For(directory.IsMultiAccount ? o.Account.Id : o.Value?.AccountId ?? o.Account.Id).Snapshot;
        return new AccountStatusRow(o.Account, o.Value?.Alias, snapshot?.BuiltAt, snapshot?.Users.Count, o.Error);
    }
}
