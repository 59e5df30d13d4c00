using IamPortal.Application.Iam;
using IamPortal.Application.Operators;
using IamPortal.Application.Users;

namespace IamPortal.Application.Inventory;

/// <summary>
/// Reads one user live from IAM into the same <see cref="UserInventoryFacts"/> the account-wide build makes, to patch
/// the snapshot after a change to that user instead of rebuilding the whole account. Eight calls plus one per access
/// key: only what the list row shows (no signing certificates, SSH keys or service-specific credentials).
/// </summary>
public sealed class UserInventoryRowLoader(
    IIamUsersApi iamUsers, IIamCredentialsApi iamCredentials, IIamMfaApi iamMfa, IIamGroupsApi iamGroups, IIamPoliciesApi iamPolicies, IOperatorContext operatorContext, TimeProvider time)
{
    private readonly UserReads _reads = new(iamUsers, iamCredentials, iamMfa, iamGroups, iamPolicies);

    /// <summary>The user's row now, or null when the user no longer exists.</summary>
    public async Task<UserInventoryRow?> LoadAsync(string userName, UserInventoryRow? previous, CancellationToken ct)
    {
        operatorContext.EnsureCanRead("re-read a changed user");
        if (await _reads.FindUserAsync(userName, ct) is not { } user) return null;

        var read = await _reads.ReadAsync(user.UserName, ct);
        var facts = new UserInventoryFacts
        {
            User = user,
            GroupNames = [.. read.Groups.Select(g => g.GroupName)],
            AttachedPolicies = read.AttachedPolicies,
            InlinePolicyNames = read.InlinePolicyNames,
            Tags = read.Tags,
            PermissionsBoundaryArn = user.PermissionsBoundaryArn,
            PasswordEnabled = read.LoginProfile is not null,
            PasswordLastUsed = user.PasswordLastUsed,
            PasswordLastChanged = PasswordLastChanged(read.LoginProfile, previous),
            AccessKeys = [.. read.AccessKeys.OrderBy(k => k.Key.CreateDate).Select(k => new AccessKeySlot(k.Key.Status == IamAccessKeyStatus.Active,
                k.Key.CreateDate, k.LastUsed?.LastUsedDate, k.LastUsed?.ServiceName, k.LastUsed?.Region))],
            MfaActive = read.MfaDevices.Count > 0,
            VirtualMfaSerial = read.MfaDevices.Select(d => d.SerialNumber).FirstOrDefault(s => s.Contains(":mfa/", StringComparison.Ordinal)),
        };
        return UserInventoryRowFactory.Create(facts, time.GetUtcNow());
    }

    /// <summary>
    /// IAM has no call for "password last changed" besides the credential report: a new login profile counts from its
    /// creation; an existing one keeps the report's date (a reset shows there after the next scheduled rebuild).
    /// </summary>
    private static DateTimeOffset? PasswordLastChanged(IamLoginProfile? profile, UserInventoryRow? previous) =>
        profile is null ? null
        : previous is { PasswordEnabled: true, PasswordLastChanged: { } changed } && changed >= profile.CreateDate ? changed
        : profile.CreateDate;
}
