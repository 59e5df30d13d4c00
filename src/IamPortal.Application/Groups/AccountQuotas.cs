using System.Collections.Concurrent;
using IamPortal.Application.Accounts;
using IamPortal.Application.Iam;

namespace IamPortal.Application.Groups;

/// <summary>IAM's quotas from GetAccountSummary (keys like AttachedPoliciesPerGroupQuota, GroupsPerUserQuota).</summary>
public interface IAccountQuotas
{
    /// <summary>The account's summary as first read (cached per account: quotas change rarely); null when IAM refused it.</summary>
    Task<int?> CachedAsync(string key, CancellationToken ct = default);

    /// <summary>Reads GetAccountSummary now (and refreshes the cache); throws IAM's error.</summary>
    Task<int?> LiveAsync(string key, CancellationToken ct = default);
}

public static class QuotaKeys
{
    public const string AttachedPoliciesPerGroup = "AttachedPoliciesPerGroupQuota";
    public const string GroupsPerUser = "GroupsPerUserQuota";
    public const string Groups = "GroupsQuota";
}

/// <summary>The summaries read so far, per account id; shared by every circuit.</summary>
public sealed class AccountQuotaCache
{
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, long>> _byAccount = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, long>? Get(string accountId) => _byAccount.GetValueOrDefault(accountId);

    public void Set(string accountId, IReadOnlyDictionary<string, long> summary) => _byAccount[accountId] = summary;
}

public sealed class AccountQuotas(IIamAccountApi iamAccount, ICurrentAccount account, AccountQuotaCache cache) : IAccountQuotas
{
    public async Task<int?> CachedAsync(string key, CancellationToken ct = default)
    {
        var accountId = (await account.GetAsync(ct)).AccountId;
        if (cache.Get(accountId) is { } summary) return Read(summary, key);
        try
        {
            return await LiveAsync(key, ct);
        }
        catch (IamException)
        {
            return null;
        }
    }

    public async Task<int?> LiveAsync(string key, CancellationToken ct = default)
    {
        var summary = await iamAccount.GetAccountSummaryAsync(ct);
        cache.Set((await account.GetAsync(ct)).AccountId, summary);
        return Read(summary, key);
    }

    private static int? Read(IReadOnlyDictionary<string, long> summary, string key) =>
        summary.TryGetValue(key, out var value) ? (int)Math.Min(value, int.MaxValue) : null;
}
