using IamPortal.Application.Iam;
using IamPortal.Application.Users;

namespace IamPortal.Application.Inventory;

/// <summary>
/// Reads one user's list row live from IAM, with the same read as the user's page (<see cref="UserDetailService.ReadAsync"/>:
/// about a dozen calls), to patch the snapshot after a change to that user instead of rebuilding the whole account.
/// </summary>
public sealed class UserInventoryRowLoader(IIamClient iam, TimeProvider time)
{
    private static readonly AccessKeySlot NoKey = new(false, null, null, null, null);

    /// <summary>The user's row now, or null when the user no longer exists.</summary>
    public async Task<UserInventoryRow?> LoadAsync(string userName, UserInventoryRow? previous, CancellationToken ct)
    {
        if (await UserDetailService.ReadAsync(iam, time, userName, ct) is not { } view) return null;

        // The credential report's columns, rebuilt from the live read: oldest key and certificate first, as IAM orders them.
        var slots = view.AccessKeys.OrderBy(k => k.Key.CreateDate)
            .Select(k => new AccessKeySlot(k.Key.Status == IamAccessKeyStatus.Active, k.Key.CreateDate, k.LastUsed?.LastUsedDate,
                k.LastUsed?.ServiceName, k.LastUsed?.Region))
            .ToList();
        var certificates = view.SigningCertificates.OrderBy(c => c.UploadDate).Select(c => c.Status == IamAccessKeyStatus.Active).ToList();
        var user = view.User;
        var report = new CredentialReportRow(user.UserName, user.Arn, user.CreateDate, view.LoginProfile is not null, user.PasswordLastUsed,
            PasswordLastChanged(view.LoginProfile, previous), null, view.MfaDevices.Count > 0,
            slots.ElementAtOrDefault(0) ?? NoKey, slots.ElementAtOrDefault(1) ?? NoKey,
            certificates.ElementAtOrDefault(0), certificates.ElementAtOrDefault(1));
        var detail = new IamUserDetail(user, [.. view.Groups.Select(g => g.GroupName)], view.AttachedPolicies,
            [.. view.InlinePolicyNames.Select(name => new IamInlinePolicy(name, ""))], view.Tags, user.PermissionsBoundaryArn);
        var virtualSerial = view.MfaDevices.Select(d => d.SerialNumber).FirstOrDefault(s => s.Contains(":mfa/", StringComparison.Ordinal));
        return UserInventoryRowFactory.Create(detail, report, virtualSerial, time.GetUtcNow());
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
