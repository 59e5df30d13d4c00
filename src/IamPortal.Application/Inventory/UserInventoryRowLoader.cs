using IamPortal.Application.Iam;

namespace IamPortal.Application.Inventory;

/// <summary>
/// Reads one user's list row live from IAM (about ten calls: the user, groups, policies, login profile, keys and their
/// last use, MFA) to patch the snapshot after a change to that user, instead of rebuilding the whole account.
/// </summary>
public sealed class UserInventoryRowLoader(IIamClient iam, TimeProvider time)
{
    private static readonly AccessKeySlot NoKey = new(false, null, null, null, null);

    /// <summary>The user's row now, or null when the user no longer exists.</summary>
    public async Task<UserInventoryRow?> LoadAsync(string userName, UserInventoryRow? previous, CancellationToken ct)
    {
        IamUser user;
        try { user = await iam.GetUserAsync(userName, ct); }
        catch (NoSuchEntityException) { return null; }

        var groups = iam.ListGroupsForUserAsync(user.UserName, ct);
        var attached = iam.ListAttachedUserPoliciesAsync(user.UserName, ct);
        var inline = iam.ListUserPoliciesAsync(user.UserName, ct);
        var profile = iam.GetLoginProfileAsync(user.UserName, ct);
        var keys = iam.ListAccessKeysAsync(user.UserName, ct);
        var mfa = iam.ListMfaDevicesAsync(user.UserName, ct);
        var tags = user.Tags is { } known ? Task.FromResult(known) : iam.ListUserTagsAsync(user.UserName, ct);
        await Task.WhenAll(groups, attached, inline, profile, keys, mfa, tags);

        var slots = await KeySlotsAsync(await keys, ct);
        var devices = await mfa;
        var report = new CredentialReportRow(user.UserName, user.Arn, user.CreateDate, await profile is not null, user.PasswordLastUsed,
            PasswordLastChanged(await profile, previous), null, devices.Count > 0,
            slots.ElementAtOrDefault(0) ?? NoKey, slots.ElementAtOrDefault(1) ?? NoKey, false, false);
        var detail = new IamUserDetail(user, [.. (await groups).Select(g => g.GroupName)], await attached,
            [.. (await inline).Select(name => new IamInlinePolicy(name, ""))], await tags, user.PermissionsBoundaryArn);
        var virtualSerial = devices.Select(d => d.SerialNumber).FirstOrDefault(s => s.Contains(":mfa/", StringComparison.Ordinal));
        return UserInventoryRowFactory.Create(detail, report, virtualSerial, time.GetUtcNow());
    }

    /// <summary>The credential report's key columns, oldest key first, with each key's last use.</summary>
    private async Task<List<AccessKeySlot>> KeySlotsAsync(IReadOnlyList<IamAccessKey> keys, CancellationToken ct)
    {
        var ordered = keys.OrderBy(k => k.CreateDate).ToList();
        var used = await Task.WhenAll(ordered.Select(k => iam.GetAccessKeyLastUsedAsync(k.AccessKeyId, ct)));
        return [.. ordered.Select((k, i) => new AccessKeySlot(k.Status == IamAccessKeyStatus.Active, k.CreateDate,
            used[i].LastUsedDate, used[i].ServiceName, used[i].Region))];
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
