using IamPortal.Application.Iam;
using IamPortal.Application.Security;

namespace IamPortal.Application.Users;

/// <summary>Reads one user's page live from IAM: the user first (null when gone), then the rest in parallel.</summary>
public sealed class UserDetailService(IIamClient iam, IOperatorContext operatorContext, TimeProvider time) : IUserDetailService
{
    public async Task<UserDetailView?> GetAsync(string userName, CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("view a user");
        if (await UserReads.FindUserAsync(iam, userName, ct) is not { } user) return null;

        var name = user.UserName;
        var shared = UserReads.ReadAsync(iam, name, ct);
        var certs = iam.ListSigningCertificatesAsync(name, ct);
        var ssh = iam.ListSshPublicKeysAsync(name, ct);
        var service = iam.ListServiceSpecificCredentialsAsync(name, ct);
        await Task.WhenAll(shared, certs, ssh, service);

        var read = await shared;
        var now = time.GetUtcNow();
        var keys = read.AccessKeys.Select(k => new AccessKeyView(k.Key, k.LastUsed, Math.Max(0, (int)(now - k.Key.CreateDate).TotalDays))).ToList();
        return new UserDetailView(user, read.Tags, read.Groups, read.AttachedPolicies, read.InlinePolicyNames, read.LoginProfile, keys,
            read.MfaDevices, await certs, await ssh, await service);
    }
}
