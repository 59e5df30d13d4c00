using IamPortal.Application.Iam;

namespace IamPortal.Application.Users;

/// <summary>What both the user's page and the inventory's re-read show of one user, read live.</summary>
internal sealed record UserLiveRead(
    IReadOnlyList<IamTag> Tags,
    IReadOnlyList<IamGroup> Groups,
    IReadOnlyList<IamAttachedPolicy> AttachedPolicies,
    IReadOnlyList<string> InlinePolicyNames,
    IamLoginProfile? LoginProfile,
    IReadOnlyList<(IamAccessKey Key, IamAccessKeyLastUsed? LastUsed)> AccessKeys,
    IReadOnlyList<IamMfaDevice> MfaDevices);

/// <summary>
/// Reads of one user that the user's page and the inventory's re-read of a changed user share. Internal on purpose:
/// every caller is a service that has checked the operator first.
/// </summary>
internal static class UserReads
{
    /// <summary>The user, or null when IAM has no such user.</summary>
    public static async Task<IamUser?> FindUserAsync(IIamClient iam, string userName, CancellationToken ct)
    {
        try { return await iam.GetUserAsync(userName, ct); }
        catch (NoSuchEntityException) { return null; }
    }

    /// <summary>Seven reads in parallel, plus one GetAccessKeyLastUsed per access key.</summary>
    public static async Task<UserLiveRead> ReadAsync(IIamClient iam, string userName, CancellationToken ct)
    {
        var tags = iam.ListUserTagsAsync(userName, ct);
        var groups = iam.ListGroupsForUserAsync(userName, ct);
        var attached = iam.ListAttachedUserPoliciesAsync(userName, ct);
        var inline = iam.ListUserPoliciesAsync(userName, ct);
        var login = iam.GetLoginProfileAsync(userName, ct);
        var keys = AccessKeysWithLastUseAsync(iam, userName, ct);
        var mfa = iam.ListMfaDevicesAsync(userName, ct);
        await Task.WhenAll(tags, groups, attached, inline, login, keys, mfa);
        return new UserLiveRead(await tags, await groups, await attached, await inline, await login, await keys, await mfa);
    }

    /// <summary>The user's access keys with their last use: one ListAccessKeys, then one GetAccessKeyLastUsed per key.</summary>
    private static async Task<IReadOnlyList<(IamAccessKey Key, IamAccessKeyLastUsed? LastUsed)>> AccessKeysWithLastUseAsync(
        IIamClient iam, string userName, CancellationToken ct)
    {
        var keys = await iam.ListAccessKeysAsync(userName, ct);
        var lastUsed = await Task.WhenAll(keys.Select(k => iam.GetAccessKeyLastUsedAsync(k.AccessKeyId, ct)));
        return keys.Select((k, i) => (k, (IamAccessKeyLastUsed?)lastUsed[i])).ToList();
    }
}
