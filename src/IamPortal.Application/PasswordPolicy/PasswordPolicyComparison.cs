using IamPortal.Application.Findings;
using IamPortal.Application.Iam;

namespace IamPortal.Application.PasswordPolicy;

/// <summary>One line of the comparison: what CIS / Security Hub ask, the account's current value in words, met or not.</summary>
public sealed record PasswordPolicyLine(PasswordPolicyRequirement Requirement, string Current, bool Met);

/// <summary>
/// The account's policy against <see cref="PasswordPolicyBaseline"/>, line by line. Without a policy IAM's defaults are
/// shown and every line fails (CIS and Security Hub ask for a custom policy).
/// </summary>
public static class PasswordPolicyComparison
{
    public static IReadOnlyList<PasswordPolicyLine> Compare(IamPasswordPolicy? policy)
    {
        var effective = policy ?? PasswordPolicyRules.IamDefaults;
        return [.. PasswordPolicyBaseline.Requirements.Select(r =>
            new PasswordPolicyLine(r, Current(r, effective, policy is null), policy is not null && r.IsMet(effective)))];
    }

    /// <summary>The current value of the setting a requirement is about, in words.</summary>
    public static string Current(PasswordPolicyRequirement requirement, IamPasswordPolicy p, bool isDefault)
    {
        var suffix = isDefault ? " (IAM default)" : "";
        var text = requirement.CheckId switch
        {
            "iam_password_policy_minimum_length_14" => $"{p.MinimumPasswordLength} characters",
            "iam_password_policy_reuse_24" => p.PasswordReusePrevention is { } n ? $"last {n} password{(n == 1 ? "" : "s")} remembered" : "not prevented",
            "iam_password_policy_expires_passwords_within_90_days_or_less" => p.ExpirePasswords && p.MaxPasswordAge is { } d ? $"after {d} days{(p.HardExpiry ? " (hard expiry)" : "")}" : "never",
            "iam_password_policy_uppercase" => Required(p.RequireUppercaseCharacters, isDefault),
            "iam_password_policy_lowercase" => Required(p.RequireLowercaseCharacters, isDefault),
            "iam_password_policy_symbol" => Required(p.RequireSymbols, isDefault),
            "iam_password_policy_number" => Required(p.RequireNumbers, isDefault),
            _ => Strength(p, isDefault),
        };
        return text + suffix;
    }

    private static string Required(bool required, bool isDefault) =>
        required ? "required" : isDefault ? "not required (any three kinds)" : "not required";

    private static string Strength(IamPasswordPolicy p, bool isDefault)
    {
        if (isDefault) return "8 characters, any three kinds";
        var kinds = new[] { p.RequireUppercaseCharacters, p.RequireLowercaseCharacters, p.RequireNumbers, p.RequireSymbols }.Count(k => k);
        return $"{p.MinimumPasswordLength} characters, {kinds} of 4 kinds required";
    }
}
