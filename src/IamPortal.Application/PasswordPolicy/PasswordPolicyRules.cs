using System.Globalization;
using IamPortal.Application.Findings;
using IamPortal.Application.Iam;

namespace IamPortal.Application.PasswordPolicy;

/// <summary>The form's field names, shared by validation and the page so an error lands at its field.</summary>
public static class PasswordPolicyFields
{
    public const string MinimumPasswordLength = nameof(IamPasswordPolicy.MinimumPasswordLength);
    public const string MaxPasswordAge = nameof(IamPasswordPolicy.MaxPasswordAge);
    public const string PasswordReusePrevention = nameof(IamPasswordPolicy.PasswordReusePrevention);
}

/// <summary>
/// IAM's own rules for UpdateAccountPasswordPolicy (IAM-REFERENCE.md, Passwords) checked before the call, IAM's defaults
/// when the account has no policy, and the CIS / Security Hub baseline the "Apply CIS baseline" button fills in.
/// </summary>
public static class PasswordPolicyRules
{
    public const int MinLength = 6, MaxLength = 128;
    public const int MinAge = 1, MaxAge = 1095;
    public const int MinReuse = 1, MaxReuse = 24;

    /// <summary>
    /// What IAM applies without a custom policy: at least 8 characters and three of the four character kinds (not a
    /// specific kind), no expiry, no reuse prevention, users may change their own password. Every baseline line fails.
    /// </summary>
    public const string IamDefaultsText =
        "No custom policy: IAM's defaults apply (at least 8 characters with three of uppercase, lowercase, numbers and symbols; " +
        "passwords never expire; reuse is not prevented).";

    /// <summary>IAM's defaults, as a policy the baseline can be evaluated over (no kind is required specifically).</summary>
    public static IamPasswordPolicy IamDefaults { get; } = new(MinimumPasswordLength: 8, AllowUsersToChangePassword: true);

    /// <summary>
    /// The strictest common ground of CIS (v3 1.8/1.9, v5 1.7/1.8) and Security Hub (IAM.7, IAM.11–17): it meets every
    /// line of <see cref="PasswordPolicyBaseline"/> (a test holds it to that). Soft expiry: users change an expired password at sign-in.
    /// </summary>
    public static IamPasswordPolicy CisBaseline { get; } = new(
        MinimumPasswordLength: 14, RequireSymbols: true, RequireNumbers: true, RequireUppercaseCharacters: true, RequireLowercaseCharacters: true,
        AllowUsersToChangePassword: true, ExpirePasswords: true, MaxPasswordAge: 90, PasswordReusePrevention: 24, HardExpiry: false);

    public static IReadOnlyDictionary<string, string> Validate(IamPasswordPolicy p)
    {
        var errors = new Dictionary<string, string>();
        if (p.MinimumPasswordLength is < MinLength or > MaxLength)
            errors[PasswordPolicyFields.MinimumPasswordLength] = $"IAM allows {MinLength} to {MaxLength} characters.";
        if (p.ExpirePasswords && p.MaxPasswordAge is not (>= MinAge and <= MaxAge))
            errors[PasswordPolicyFields.MaxPasswordAge] = $"IAM allows {MinAge} to {MaxAge} days.";
        if (p.PasswordReusePrevention is { } r && r is < MinReuse or > MaxReuse)
            errors[PasswordPolicyFields.PasswordReusePrevention] = $"IAM remembers {MinReuse} to {MaxReuse} previous passwords.";
        return errors;
    }

    /// <summary>The policy as IAM will store it: no age without expiry, expiry exactly when an age is given.</summary>
    public static IamPasswordPolicy Normalize(IamPasswordPolicy p) => p.ExpirePasswords
        ? p
        : p with { MaxPasswordAge = null, HardExpiry = false };

    /// <summary>One line for the audit trail: "MinimumPasswordLength=14, RequireSymbols=true, ..."; "none (IAM defaults)" without a policy.</summary>
    public static string AuditText(IamPasswordPolicy? p) => p is null
        ? "none (IAM defaults)"
        : string.Join(", ",
            F(nameof(p.MinimumPasswordLength), p.MinimumPasswordLength), F(nameof(p.RequireSymbols), p.RequireSymbols),
            F(nameof(p.RequireNumbers), p.RequireNumbers), F(nameof(p.RequireUppercaseCharacters), p.RequireUppercaseCharacters),
            F(nameof(p.RequireLowercaseCharacters), p.RequireLowercaseCharacters), F(nameof(p.AllowUsersToChangePassword), p.AllowUsersToChangePassword),
            F(nameof(p.MaxPasswordAge), p.ExpirePasswords ? p.MaxPasswordAge : null), F(nameof(p.PasswordReusePrevention), p.PasswordReusePrevention),
            F(nameof(p.HardExpiry), p.HardExpiry));

    private static string F(string name, object? value) => name + "=" + value switch
    {
        null => "none",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
