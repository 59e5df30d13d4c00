using IamPortal.Application.Iam;

namespace IamPortal.Application.PasswordPolicy;

/// <summary>A console user's password as the inventory knows it (credential report's password_last_changed).</summary>
public sealed record ConsolePassword(string UserName, DateTimeOffset LastChanged);

/// <summary>
/// What a change of the password policy means for existing users, in sentences shown before saving. Expiry acts at once
/// (IAM measures a password's age from password_last_changed, so older passwords are expired the moment the policy is
/// saved); length, character and reuse rules only apply at each user's next password change.
/// </summary>
public static class PasswordPolicyImpact
{
    public static IReadOnlyList<string> Describe(IamPasswordPolicy? before, IamPasswordPolicy? after, IReadOnlyList<ConsolePassword> console, DateTimeOffset now)
    {
        var sentences = new List<string>();
        if (after is null)
        {
            if (before is null) return sentences;
            sentences.Add("Deleting the policy: IAM's defaults apply (at least 8 characters with three of the four kinds, no expiry, no reuse prevention); " +
                          "existing passwords keep working" + (before.ExpirePasswords ? " and no longer expire." : "."));
            return sentences;
        }
        var old = before ?? PasswordPolicyRules.IamDefaults;
        if (Expiry(old, after, console, now) is { } expiry) sentences.Add(expiry);
        if (Stricter(old, after))
            sentences.Add($"Minimum length and character rules apply at each user's next password change; existing passwords keep working ({Users(console.Count)}).");
        if ((after.PasswordReusePrevention ?? 0) > (old.PasswordReusePrevention ?? 0))
            sentences.Add($"Reuse prevention applies at each user's next password change (none of the last {after.PasswordReusePrevention} passwords); existing passwords keep working.");
        if (old.AllowUsersToChangePassword && !after.AllowUsersToChangePassword)
            sentences.Add("Users can no longer change their own password unless one of their policies allows iam:ChangePassword.");
        return sentences;
    }

    private static string? Expiry(IamPasswordPolicy old, IamPasswordPolicy after, IReadOnlyList<ConsolePassword> console, DateTimeOffset now)
    {
        int? was = old.ExpirePasswords ? old.MaxPasswordAge : null;
        int? will = after.ExpirePasswords ? after.MaxPasswordAge : null;
        var hardOn = will is not null && after.HardExpiry && !(was is not null && old.HardExpiry);
        if (will is null) return was is null ? null : "Turning off expiry: passwords no longer expire.";
        if (was is not null && will > was && !hardOn) return $"Lengthening expiry from {was} to {will} days: passwords expire later; nobody is affected at once.";
        if (was == will && !hardOn) return null;
        var days = will.Value;
        var expired = console.Count(c => (now - c.LastChanged).TotalDays > days);
        var opening = was is null ? $"Turning on expiry after {days} days" : was == will ? "Turning on hard expiry" : $"Shortening expiry from {was} to {days} days";
        if (expired == 0) return $"{opening}: no console user has a password older than {days} days.";
        var it = expired == 1 ? "it" : "them";
        var consequence = after.HardExpiry
            ? $"and cannot sign in until an admin resets {it}"
            : $"and must change {it} at their next sign-in";
        return $"{opening}: {Users(expired)} {(expired == 1 ? "has a password" : "have passwords")} older than {days} days {consequence}.";
    }

    private static bool Stricter(IamPasswordPolicy old, IamPasswordPolicy after) =>
        after.MinimumPasswordLength > old.MinimumPasswordLength
        || (after.RequireSymbols && !old.RequireSymbols) || (after.RequireNumbers && !old.RequireNumbers)
        || (after.RequireUppercaseCharacters && !old.RequireUppercaseCharacters) || (after.RequireLowercaseCharacters && !old.RequireLowercaseCharacters);

    private static string Users(int n) => n == 1 ? "1 console user" : $"{n} console users";
}
