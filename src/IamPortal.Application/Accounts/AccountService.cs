using IamPortal.Application.Iam;

namespace IamPortal.Application.Accounts;

/// <summary>Who the portal is in AWS (STS) and the account's alias; cached once known, retried after a failure.</summary>
public sealed class AccountService(IStsClient sts, IIamAccountApi iamAccount, IAwsConnectionInfo connection, AccountInfoCache cache,
    AccountSelection selection) : IAccountService
{
    public async Task<AccountInfo> GetAsync(CancellationToken ct = default)
    {
        var key = selection.AccountId ?? "";
        if (cache.Get(key) is { } known) return known;
        var identity = await sts.GetCallerIdentityAsync(ct);
        var aliases = await iamAccount.ListAccountAliasesAsync(ct);
        var c = connection.Current;
        var info = new AccountInfo(identity.Account, aliases.FirstOrDefault(), identity.Arn, c.IsSandbox, c.Endpoint, c.Region,
            c.CredentialSource, c.Warning);
        cache.Set(key, info);
        return info;
    }
}

/// <summary>Singleton holder of each account's identity (by the selected account id; "" for the default), which does not change while the portal runs.</summary>
public sealed class AccountInfoCache
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, AccountInfo> _byAccount = new(StringComparer.Ordinal);

    public AccountInfo? Get(string key) => _byAccount.GetValueOrDefault(key);

    public void Set(string key, AccountInfo info) => _byAccount[key] = info;
}
