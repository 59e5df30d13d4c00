using IamPortal.Application.Iam;
using IamPortal.Application.Security;

namespace IamPortal.Application.Users;

/// <summary>Reads one user's page live from IAM: the user first (null when gone), then the rest in parallel.</summary>
public sealed class UserDetailService(IIamClient iam, IOperatorContext operatorContext, TimeProvider time) : IUserDetailService
{
    public Task<UserDetailView?> GetAsync(string userName, CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("view a user");
        return ReadAsync(iam, time, userName, ct);
    }

    /// <summary>The live read itself, without the operator check: also what re-reads a changed user into the inventory.</summary>
    public static async Task<UserDetailView?> ReadAsync(IIamClient iam, TimeProvider time, string userName, CancellationToken ct)
    {
        IamUser user;
        try { user = await iam.GetUserAsync(userName, ct); }
        catch (NoSuchEntityException) { return null; }

        var name = user.UserName;
        var tags = iam.ListUserTagsAsync(name, ct);
        var groups = iam.ListGroupsForUserAsync(name, ct);
        var attached = iam.ListAttachedUserPoliciesAsync(name, ct);
        var inline = iam.ListUserPoliciesAsync(name, ct);
        var login = iam.GetLoginProfileAsync(name, ct);
        var keys = ReadKeysAsync(iam, time, name, ct);
        var mfa = iam.ListMfaDevicesAsync(name, ct);
        var certs = iam.ListSigningCertificatesAsync(name, ct);
        var ssh = iam.ListSshPublicKeysAsync(name, ct);
        var service = iam.ListServiceSpecificCredentialsAsync(name, ct);
        await Task.WhenAll(tags, groups, attached, inline, login, keys, mfa, certs, ssh, service);

        return new UserDetailView(user, await tags, await groups, await attached, await inline, await login, await keys,
            await mfa, await certs, await ssh, await service);
    }

    private static async Task<IReadOnlyList<AccessKeyView>> ReadKeysAsync(IIamClient iam, TimeProvider time, string userName, CancellationToken ct)
    {
        var keys = await iam.ListAccessKeysAsync(userName, ct);
        var lastUsed = await Task.WhenAll(keys.Select(k => iam.GetAccessKeyLastUsedAsync(k.AccessKeyId, ct)));
        var now = time.GetUtcNow();
        return keys.Select((k, i) => new AccessKeyView(k, lastUsed[i], Math.Max(0, (int)(now - k.CreateDate).TotalDays))).ToList();
    }
}
