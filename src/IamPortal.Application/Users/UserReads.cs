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
internal sealed class UserReads(
    IIamUsersApi iamUsers, IIamCredentialsApi iamCredentials, IIamMfaApi iamMfa, IIamGroupsApi iamGroups, IIamPoliciesApi iamPolicies)
{
    /// <summary>The user, or null when IAM has no such user.</summary>
    public async Task<IamUser?> FindUserAsync(string userName, CancellationToken ct)
    {
        try { return await iamUsers.GetUserAsync(userName, ct); }
        catch (NoSuchEntityException) { return null; }
    }

    /// <summary>Seven reads in parallel, plus one GetAccessKeyLastUsed per access key.</summary>
    public async Task<UserLiveRead> ReadAsync(string userName, CancellationToken ct)
    {
        var tags = iamUsers.ListUserTagsAsync(userName, ct);
        var groups = iamGroups.ListGroupsForUserAsync(userName, ct);
        var attached = iamPolicies.ListAttachedUserPoliciesAsync(userName, ct);
        var inline = iamPolicies.ListUserPoliciesAsync(userName, ct);
        var login = iamCredentials.GetLoginProfileAsync(userName, ct);
        var keys = AccessKeysWithLastUseAsync(userName, ct);
        var mfa = iamMfa.ListMfaDevicesAsync(userName, ct);
        await Task.WhenAll(tags, groups, attached, inline, login, keys, mfa);
        return new UserLiveRead(await tags, await groups, await attached, await inline, await login, await keys, await mfa);
    }

    /// <summary>The user's access keys with their last use: one ListAccessKeys, then one GetAccessKeyLastUsed per key.</summary>
    private async Task<IReadOnlyList<(IamAccessKey Key, IamAccessKeyLastUsed? LastUsed)>> AccessKeysWithLastUseAsync(
        string userName, CancellationToken ct)
    {
        var keys = await iamCredentials.ListAccessKeysAsync(userName, ct);
        var lastUsed = await Task.WhenAll(keys.Select(k => iamCredentials.GetAccessKeyLastUsedAsync(k.AccessKeyId, ct)));
        return keys.Select((k, i) => (k, (IamAccessKeyLastUsed?)lastUsed[i])).ToList();
    }
}
