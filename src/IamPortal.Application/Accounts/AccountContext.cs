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

public sealed class CurrentAccount(IAccountService accounts) : ICurrentAccount
{
    public async Task<AccountContext> GetAsync(CancellationToken ct = default)
    {
        try { return AccountContext.From(await accounts.GetAsync(ct)); }
        catch (IamException) { return AccountContext.Unknown; }
    }
}
