using IamPortal.Application.Iam;

namespace IamPortal.Application.Accounts;

/// <summary>
/// The AWS account a call, a snapshot, an audit entry or a job acts on: its id (what is stored and compared) and the
/// name people see (the alias, else the id).
/// </summary>
public sealed record AccountContext(string AccountId, string? Alias)
{
    /// <summary>Stands in when the portal cannot tell who it is in AWS (STS failed); as the audit log has always written it.</summary>
    public static AccountContext Unknown { get; } = new("unknown", null);

    public string DisplayName => Alias ?? AccountId;

    public static AccountContext From(AccountInfo info) => new(info.AccountId, info.Alias);
}

/// <summary>
/// <see cref="ICurrentAccount"/>: in single-account mode the portal's own account (STS and its alias); with accounts
/// configured, the selected one (<see cref="AccountSelection"/>: the URL or the background work's choice), else the first.
/// </summary>
public sealed class CurrentAccount(IAccountService accounts, IAccountDirectory directory, AccountSelection selection) : ICurrentAccount
{
    public async Task<AccountContext> GetAsync(CancellationToken ct = default)
    {
        if (directory.IsMultiAccount)
        {
            var list = await directory.ListAsync(ct);
            var chosen = selection.AccountId is { } id ? directory.Find(id) : list.FirstOrDefault();
            return chosen is null ? new AccountContext(selection.AccountId ?? AccountContext.Unknown.AccountId, null) : From(chosen);
        }
        try { return AccountContext.From(await accounts.GetAsync(ct)); }
        catch (IamException) { return AccountContext.Unknown; }
    }

    public static AccountContext From(PortalAccount account) => new(account.Id, account.Name);
}
