using IamPortal.Application.Iam;
using IamPortal.Application.Operators;
using IamPortal.Application.Users;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace IamPortal.Application.Inventory;

/// <summary>
/// Reads one user live from IAM into the same <see cref="UserInventoryFacts"/> the account-wide build makes, to patch
/// the snapshot after a change to that user instead of rebuilding the whole account. Eight calls plus one per access
/// key: only what the list row shows (no signing certificates, SSH keys or service-specific credentials). A part IAM
/// refuses to read keeps the previous row's values (none for a user new to the snapshot), so the row stays.
/// </summary>
public sealed class UserInventoryRowLoader(
    IIamUsersApi iamUsers, IIamCredentialsApi iamCredentials, IIamMfaApi iamMfa, IIamGroupsApi iamGroups, IIamPoliciesApi iamPolicies,
    IOperatorContext operatorContext, TimeProvider time, ILogger<UserInventoryRowLoader>? logger = null)
{
    private readonly UserReads _reads = new(iamUsers, iamCredentials, iamMfa, iamGroups, iamPolicies);
    private readonly ILogger _logger = logger ?? NullLogger<UserInventoryRowLoader>.Instance;

    /// <summary>The user's row now, or null when the user no longer exists. Throws only when the user itself cannot be read.</summary>
    public async Task<UserInventoryRow?> LoadAsync(string userName, UserInventoryRow? previous, CancellationToken ct)
    {
        operatorContext.EnsureCanRead("re-read a changed user");
        if (await _reads.FindUserAsync(userName, ct) is not { } user) return null;

        var read = await _reads.ReadAsync(user.UserName, ct);
        var login = read.LoginProfile;
        var facts = new UserInventoryFacts
        {
            User = user,
            GroupNames = read.Groups.Map<IReadOnlyList<string>>(g => [.. g.Select(x => x.GroupName)]).ValueOr(previous?.Groups ?? []),
            AttachedPolicies = read.AttachedPolicies.ValueOr(previous?.AttachedPolicies ?? []),
            InlinePolicies = await InlinePoliciesAsync(user.UserName, read.InlinePolicyNames, previous, ct),
            Tags = read.Tags.ValueOr(previous?.Tags ?? []),
            PermissionsBoundaryArn = user.PermissionsBoundaryArn,
            PasswordEnabled = login.Succeeded ? login.Value is not null : previous?.PasswordEnabled ?? false,
            PasswordLastUsed = user.PasswordLastUsed,
            PasswordLastChanged = login.Succeeded ? PasswordLastChanged(login.Value, previous) : previous?.PasswordLastChanged,
            AccessKeys = read.AccessKeys.Map(keys => Slots(keys, previous)).ValueOr(PreviousSlots(previous)),
            MfaActive = read.MfaDevices.Map(d => d.Count > 0).ValueOr(previous?.MfaActive ?? false),
            VirtualMfaSerial = read.MfaDevices.Map(d => d.Select(x => x.SerialNumber).FirstOrDefault(s => s.Contains(":mfa/", StringComparison.Ordinal)))
                .ValueOr(previous?.VirtualMfaSerial),
        };
        var row = UserInventoryRowFactory.Create(facts, time.GetUtcNow());
        if (!read.InlinePolicyNames.Succeeded)
            row = row with { InlinePolicyCount = previous?.InlinePolicyCount ?? 0, InlinePolicies = previous?.InlinePolicies ?? [] };
        LogUnread(user.UserName, read, previous is not null);
        return row;
    }

    /// <summary>
    /// The inline policies' documents (one call each; users rarely have more than a couple) for effective risk. A document IAM
    /// refuses to read keeps the previous row's document of that name, so a failed read never drops a policy silently.
    /// </summary>
    private async Task<IReadOnlyList<IamInlinePolicy>> InlinePoliciesAsync(string userName, SectionRead<IReadOnlyList<string>> names,
        UserInventoryRow? previous, CancellationToken ct)
    {
        if (!names.Succeeded) return previous?.InlinePolicies ?? [];
        var policies = new List<IamInlinePolicy>(names.Value!.Count);
        foreach (var name in names.Value!)
        {
            try { policies.Add(await iamPolicies.GetUserPolicyAsync(userName, name, ct)); }
            catch (IamException e)
            {
                _logger.LogWarning("Re-reading {UserName}, IAM did not return inline policy {PolicyName}: {Error}", userName, name, e.Message);
                if (previous?.InlinePolicies.FirstOrDefault(p => p.PolicyName == name) is { } kept) policies.Add(kept);
            }
        }
        return policies;
    }

    /// <summary>The keys as listed, oldest first; a key whose last use could not be read keeps the previous row's last use for it.</summary>
    private static IReadOnlyList<AccessKeySlot> Slots(IReadOnlyList<AccessKeyRead> keys, UserInventoryRow? previous) =>
        [.. keys.OrderBy(k => k.Key.CreateDate).Select(k =>
        {
            var lastUsed = k.LastUsed.Succeeded ? k.LastUsed.Value
                : PreviousSlots(previous).FirstOrDefault(s => s.LastRotated == k.Key.CreateDate) is { } slot
                    ? new IamAccessKeyLastUsed(k.Key.UserName, k.Key.AccessKeyId, slot.LastUsed, slot.LastUsedService, slot.LastUsedRegion) : null;
            return new AccessKeySlot(k.Key.Status == IamAccessKeyStatus.Active, k.Key.CreateDate, lastUsed?.LastUsedDate, lastUsed?.ServiceName, lastUsed?.Region);
        })];

    private static IReadOnlyList<AccessKeySlot> PreviousSlots(UserInventoryRow? previous) =>
        previous is null ? [] : [.. new[] { previous.AccessKey1, previous.AccessKey2 }.OfType<AccessKeySlot>()];

    private void LogUnread(string userName, UserLiveRead read, bool hadRow)
    {
        var unread = new (string Part, string? Error)[]
        {
            ("groups", read.Groups.Error), ("managed policies", read.AttachedPolicies.Error), ("inline policies", read.InlinePolicyNames.Error),
            ("tags", read.Tags.Error), ("console access", read.LoginProfile.Error), ("access keys", read.AccessKeys.Error),
            ("access key last use", read.AccessKeys.Value?.Select(k => k.LastUsed.Error).FirstOrDefault(e => e is not null)),
            ("MFA devices", read.MfaDevices.Error),
        }.Where(p => p.Error is not null).ToList();
        if (unread.Count == 0) return;
        _logger.LogWarning("Re-reading {UserName} after a change, IAM did not answer for {Parts}; {Kept}. First error: {Error}",
            userName, string.Join(", ", unread.Select(p => p.Part)), hadRow ? "the row keeps its previous values for them" : "they are empty until the next rebuild",
            unread[0].Error);
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
