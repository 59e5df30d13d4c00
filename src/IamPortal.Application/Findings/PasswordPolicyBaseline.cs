using IamPortal.Application.Iam;

namespace IamPortal.Application.Findings;

/// <summary>
/// One line of what CIS and Security Hub ask of the account password policy: the setting, what is asked, and whether
/// a policy meets it. The findings' password checks and the password policy page both read this table, so they
/// never disagree.
/// </summary>
public sealed record PasswordPolicyRequirement(
    string CheckId,
    string Setting,
    string Requirement,
    string? CisV3,
    string? CisV5,
    string? SecurityHub,
    Func<IamPasswordPolicy, bool> IsMet);

public static class PasswordPolicyBaseline
{
    public static IReadOnlyList<PasswordPolicyRequirement> Requirements { get; } =
    [
        new("iam_password_policy_minimum_length_14", "Minimum password length", "at least 14 characters", "1.8", "1.7", "IAM.15",
            p => p.MinimumPasswordLength >= 14),
        new("iam_password_policy_reuse_24", "Password reuse prevention", "remember the last 24 passwords", "1.9", "1.8", "IAM.16",
            p => p.PasswordReusePrevention >= 24),
        new("iam_password_policy_expires_passwords_within_90_days_or_less", "Password expiry", "passwords expire within 90 days", null, null, "IAM.17",
            p => p.ExpirePasswords && p.MaxPasswordAge is > 0 and <= 90),
        new("iam_password_policy_uppercase", "Uppercase letters", "at least one uppercase letter", null, null, "IAM.11",
            p => p.RequireUppercaseCharacters),
        new("iam_password_policy_lowercase", "Lowercase letters", "at least one lowercase letter", null, null, "IAM.12",
            p => p.RequireLowercaseCharacters),
        new("iam_password_policy_symbol", "Symbols", "at least one symbol", null, null, "IAM.13",
            p => p.RequireSymbols),
        new("iam_password_policy_number", "Numbers", "at least one number", null, null, "IAM.14",
            p => p.RequireNumbers),
        new("iam_password_policy_strong", "Strong policy (Security Hub IAM.7)", "length of 8 or more and every character class", null, null, "IAM.7",
            p => p.MinimumPasswordLength >= 8 && p.RequireUppercaseCharacters && p.RequireLowercaseCharacters && p.RequireNumbers && p.RequireSymbols),
    ];
}
