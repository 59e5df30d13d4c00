using IamPortal.Application.Inventory;
using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Findings.Checks;

/// <summary>
/// Active keys used within N days. A key never used is judged by its rotation (creation) date, so a fresh key passes
/// and a forgotten one fails (Prowler's trap). CIS 1.12 / 1.11, IAM.22.
/// </summary>
public sealed class AccessKeyUnusedCheck : ICheck
{
    public CheckDefinition Definition { get; } = new("iam_user_accesskey_unused", "Active access keys are in use", RiskSeverity.Medium, "1.12", "1.11", "IAM.22",
        "An unused active key is a standing credential nobody watches.",
        "Deactivate and delete the unused key on the user's Credentials tab.", FindingFixKind.Credentials);

    public IEnumerable<FindingResult> Evaluate(FindingsInput input)
    {
        var limit = input.Options.AccessKeyUnusedDays;
        foreach (var user in input.Inventory.Users)
        {
            var keys = AccessKeys.Active(user).ToList();
            if (keys.Count == 0) continue;
            var stale = keys.Where(k => CheckResults.DaysSince(input.Now, k.Slot.LastUsed ?? k.Slot.LastRotated ?? user.CreateDate) >= limit).ToList();
            yield return CheckResults.User(Definition.Id, user, stale.Count == 0, stale.Count == 0
                ? $"Every active key used (or created) within {limit} days."
                : string.Join(" ", stale.Select(k => k.Slot.LastUsed is { } used
                    ? $"Key {k.Number} last used {CheckResults.DaysSince(input.Now, used)} days ago."
                    : $"Key {k.Number} never used, created {CheckResults.DaysSince(input.Now, k.Slot.LastRotated ?? user.CreateDate)} days ago.")));
        }
    }
}

/// <summary>No user has two active keys. CIS 1.13 / 1.12.</summary>
public sealed class TwoActiveKeysCheck : ICheck
{
    public CheckDefinition Definition { get; } = new("iam_user_two_active_access_key", "Users have at most one active access key", RiskSeverity.Medium, "1.13", "1.12", null,
        "Two active keys usually means a rotation that was never finished: the old key still works.",
        "Finish the rotation: deactivate and delete the older key.", FindingFixKind.Credentials);

    public IEnumerable<FindingResult> Evaluate(FindingsInput input) => input.Inventory.Users
        .Where(u => AccessKeys.Active(u).Any())
        .Select(u => CheckResults.User(Definition.Id, u, AccessKeys.Active(u).Count() < 2,
            AccessKeys.Active(u).Count() < 2 ? "One active key." : "Two active keys."));
}

/// <summary>Active keys are rotated within N days. CIS 1.14 / 1.13, IAM.3.</summary>
public sealed class AccessKeyRotationCheck : ICheck
{
    public CheckDefinition Definition { get; } = new("iam_rotate_access_key_90_days", "Active access keys are rotated", RiskSeverity.Medium, "1.14", "1.13", "IAM.3",
        "The older a key, the more places it has been copied to.",
        "Rotate the key on the user's Credentials tab.", FindingFixKind.Credentials);

    public IEnumerable<FindingResult> Evaluate(FindingsInput input)
    {
        var limit = input.Options.AccessKeyRotationDays;
        foreach (var user in input.Inventory.Users)
        {
            var keys = AccessKeys.Active(user).ToList();
            if (keys.Count == 0) continue;
            var old = keys.Where(k => CheckResults.DaysSince(input.Now, k.Slot.LastRotated ?? user.CreateDate) >= limit).ToList();
            yield return CheckResults.User(Definition.Id, user, old.Count == 0, old.Count == 0
                ? $"Every active key younger than {limit} days."
                : string.Join(" ", old.Select(k => $"Key {k.Number} is {CheckResults.DaysSince(input.Now, k.Slot.LastRotated ?? user.CreateDate)} days old.")));
        }
    }
}

/// <summary>
/// Console users have no key that was created with the user and never used. Users without a password are not
/// judged (their key is their only credential). CIS 1.11 / 1.10.
/// </summary>
public sealed class InitialAccessKeyCheck : ICheck
{
    public CheckDefinition Definition { get; } = new("iam_user_no_setup_initial_access_key", "No unused access key set up with a console user", RiskSeverity.Medium, "1.11", "1.10", null,
        "Keys handed out at user creation \"just in case\" are rarely needed and rarely watched.",
        "Delete the unused key on the user's Credentials tab.", FindingFixKind.Credentials);

    public IEnumerable<FindingResult> Evaluate(FindingsInput input)
    {
        var window = TimeSpan.FromSeconds(input.Options.InitialKeyWindowSeconds);
        foreach (var user in input.Inventory.Users.Where(u => u.PasswordEnabled))
        {
            var keys = AccessKeys.Active(user).ToList();
            if (keys.Count == 0) continue;
            var initial = keys.Where(k => k.Slot.LastUsed is null && k.Slot.LastRotated is { } r && (r - user.CreateDate).Duration() <= window).ToList();
            yield return CheckResults.User(Definition.Id, user, initial.Count == 0, initial.Count == 0
                ? "No never-used key from the user's creation."
                : string.Join(" ", initial.Select(k => $"Key {k.Number} was created with the user and never used.")));
        }
    }
}

internal static class AccessKeys
{
    public static IEnumerable<(int Number, AccessKeySlot Slot)> Active(UserInventoryRow user)
    {
        if (user.AccessKey1 is { Active: true } k1) yield return (1, k1);
        if (user.AccessKey2 is { Active: true } k2) yield return (2, k2);
    }
}
