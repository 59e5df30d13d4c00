using IamPortal.Application.Iam;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Users;

/// <summary>
/// Reads one user's page live from IAM: the user first (null when gone; any other error fails the page), then every
/// section in parallel, each with its own result so one refused read leaves the rest of the page working.
/// </summary>
public sealed class UserDetailService(
    IIamUsersApi iamUsers, IIamCredentialsApi iamCredentials, IIamMfaApi iamMfa, IIamGroupsApi iamGroups, IIamPoliciesApi iamPolicies, IOperatorContext operatorContext, TimeProvider time) : IUserDetailService
{
    private readonly UserReads _reads = new(iamUsers, iamCredentials, iamMfa, iamGroups, iamPolicies);

    public async Task<UserDetailView?> GetAsync(string userName, CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("view a user");
        if (await _reads.FindUserAsync(userName, ct) is not { } user) return null;

        var name = user.UserName;
        var shared = _reads.ReadAsync(name, ct);
        var certs = SectionRead.CaptureAsync(() => iamCredentials.ListSigningCertificatesAsync(name, ct));
        var ssh = SectionRead.CaptureAsync(() => iamCredentials.ListSshPublicKeysAsync(name, ct));
        var service = SectionRead.CaptureAsync(() => iamCredentials.ListServiceSpecificCredentialsAsync(name, ct));
        await Task.WhenAll(shared, certs, ssh, service);

        var read = await shared;
        var now = time.GetUtcNow();
        var keys = read.AccessKeys.Map<IReadOnlyList<AccessKeyView>>(list => [.. list.Select(k =>
            new AccessKeyView(k.Key, k.LastUsed.Value, Math.Max(0, (int)(now - k.Key.CreateDate).TotalDays), k.LastUsed.Error))]);
        return new UserDetailView(user, read.Tags, read.Groups, read.AttachedPolicies, read.InlinePolicyNames, read.LoginProfile, keys,
            read.MfaDevices, await certs, await ssh, await service);
    }
}
