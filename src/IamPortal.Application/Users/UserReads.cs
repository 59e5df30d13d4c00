using IamPortal.Application.Iam;

namespace IamPortal.Application.Users;

/// <summary>One access key and its last use; the last use is a read of its own (GetAccessKeyLastUsed) that can fail alone.</summary>
internal sealed record AccessKeyRead(IamAccessKey Key, SectionRead<IamAccessKeyLastUsed> LastUsed);

/// <summary>What both the user's page and the inventory's re-read show of one user, read live: each part on its own.</summary>
internal sealed record UserLiveRead(
    SectionRead<IReadOnlyList<IamTag>> Tags,
    SectionRead<IReadOnlyList<IamGroup>> Groups,
    SectionRead<IReadOnlyList<IamAttachedPolicy>> AttachedPolicies,
    SectionRead<IReadOnlyList<string>> InlinePolicyNames,
    SectionRead<IamLoginProfile?> LoginProfile,
    SectionRead<IReadOnlyList<AccessKeyRead>> AccessKeys,
    SectionRead<IReadOnlyList<IamMfaDevice>> MfaDevices);

/// <summary>
/// Reads of one user that the user's page and the inventory's re-read of a changed user share. Internal on purpose:
/// every caller is a service that has checked the operator first. Each read that IAM refuses is reported in its own
/// <see cref="SectionRead{T}"/>; the others go on.
/// </summary>
internal sealed class UserReads(
    IIamUsersApi iamUsers, IIamCredentialsApi iamCredentials, IIamMfaApi iamMfa, IIamGroupsApi iamGroups, IIamPoliciesApi iamPolicies)
{
    /// <summary>The user, or null when IAM has no such user. Any other error fails the whole read: without the user there is no page.</summary>
    public async Task<IamUser?> FindUserAsync(string userName, CancellationToken ct)
    {
        try { return await iamUsers.GetUserAsync(userName, ct); }
        catch (NoSuchEntityException) { return null; }
    }

    /// <summary>Seven reads in parallel, plus one GetAccessKeyLastUsed per access key.</summary>
    public async Task<UserLiveRead> ReadAsync(string userName, CancellationToken ct)
    {
        var tags = SectionRead.CaptureAsync(() => iamUsers.ListUserTagsAsync(userName, ct));
        var groups = SectionRead.CaptureAsync(() => iamGroups.ListGroupsForUserAsync(userName, ct));
        var attached = SectionRead.CaptureAsync(() => iamPolicies.ListAttachedUserPoliciesAsync(userName, ct));
        var inline = SectionRead.CaptureAsync(() => iamPolicies.ListUserPoliciesAsync(userName, ct));
        var login = SectionRead.CaptureAsync(() => iamCredentials.GetLoginProfileAsync(userName, ct));
        var keys = SectionRead.CaptureAsync(() => AccessKeysWithLastUseAsync(userName, ct));
        var mfa = SectionRead.CaptureAsync(() => iamMfa.ListMfaDevicesAsync(userName, ct));
        await Task.WhenAll(tags, groups, attached, inline, login, keys, mfa);
        return new UserLiveRead(await tags, await groups, await attached, await inline, await login, await keys, await mfa);
    }

    /// <summary>The user's access keys with their last use: one ListAccessKeys, then one GetAccessKeyLastUsed per key.</summary>
    private async Task<IReadOnlyList<AccessKeyRead>> AccessKeysWithLastUseAsync(string userName, CancellationToken ct)
    {
        var keys = await iamCredentials.ListAccessKeysAsync(userName, ct);
        var lastUsed = await Task.WhenAll(keys.Select(k => SectionRead.CaptureAsync(() => iamCredentials.GetAccessKeyLastUsedAsync(k.AccessKeyId, ct))));
        return keys.Select((k, i) => new AccessKeyRead(k, lastUsed[i])).ToList();
    }
}
