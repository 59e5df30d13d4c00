using IamPortal.Application.Iam;

namespace IamPortal.Application.Accounts;

/// <summary>Who the portal is in AWS (STS) and the account's alias; cached once known, retried after a failure.</summary>
public sealed class AccountService(IStsClient sts, IIamAccountApi iamAccount, IAwsConnectionInfo connection, AccountInfoCache cache) : IAccountService
{
    public async Task<AccountInfo> GetAsync(CancellationToken ct = default)
    {
        if (cache.Value is { } known) return known;
        var identity = await sts.GetCallerIdentityAsync(ct);
        var aliases = await iamAccount.ListAccountAliasesAsync(ct);
        var c = connection.Current;
        var info = new AccountInfo(identity.Account, aliases.FirstOrDefault(), identity.Arn, c.IsSandbox, c.Endpoint, c.Region,
            c.CredentialSource, c.Warning);
        cache.Value = info;
        return info;
    }
}

/// <summary>Singleton holder for the account's identity, which does not change while the portal runs.</summary>
public sealed class AccountInfoCache
{
    public AccountInfo? Value { get; set; }
}
