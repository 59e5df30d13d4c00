using System.Text.RegularExpressions;

namespace IamPortal.Application.Iam;

/// <summary>
/// IAM's own input rules (IAM-REFERENCE.md), checked before calling IAM so the error shows at the field.
/// Each method returns null when the value is valid, or a sentence saying what is wrong.
/// </summary>
public static partial class IamRules
{
    public const int MaxTagsPerUser = 50;
    public const int MaxAccessKeysPerUser = 2;
    public const int MaxGroupsPerUser = 10;
    public const int MaxManagedPoliciesPerUser = 10;
    public const int MaxUserNameLength = 64;
    public const int MaxGroupOrPolicyNameLength = 128;
    public const int MaxPathLength = 512;
    public const int MaxTagKeyLength = 128;
    public const int MaxTagValueLength = 256;
    public const int MaxPasswordLength = 128;

    [GeneratedRegex(@"^[\w+=,.@-]+$")]
    private static partial Regex NameChars();

    [GeneratedRegex(@"^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$")]
    private static partial Regex TagChars();

    public static string? ValidateUserName(string? name) => ValidateName(name, MaxUserNameLength, "User name");

    public static string? ValidateGroupName(string? name) => ValidateName(name, MaxGroupOrPolicyNameLength, "Group name");

    public static string? ValidatePolicyName(string? name) => ValidateName(name, MaxGroupOrPolicyNameLength, "Policy name");

    private static string? ValidateName(string? name, int max, string what)
    {
        if (string.IsNullOrEmpty(name)) return $"{what} is required.";
        if (name.Length > max) return $"{what} can be at most {max} characters.";
        if (!NameChars().IsMatch(name)) return $"{what} may use only letters, digits and + = , . @ _ -";
        return null;
    }

    public static string? ValidatePath(string? path)
    {
        if (string.IsNullOrEmpty(path)) return "Path is required (use / for none).";
        if (path.Length > MaxPathLength) return $"Path can be at most {MaxPathLength} characters.";
        if (path == "/") return null;
        if (!path.StartsWith('/') || !path.EndsWith('/')) return "Path must start and end with / (e.g. /engineering/).";
        if (path.Any(c => c < '\u0021' || c > '\u007E')) return "Path may use only printable ASCII characters without spaces.";
        return null;
    }

    public static string? ValidateTagKey(string? key)
    {
        if (string.IsNullOrEmpty(key)) return "Tag key is required.";
        if (key.Length > MaxTagKeyLength) return $"Tag key can be at most {MaxTagKeyLength} characters.";
        if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase)) return "Tag keys starting with aws: are reserved by AWS.";
        if (!TagChars().IsMatch(key)) return "Tag key may use letters, digits, spaces and _ . : / = + - @";
        return null;
    }

    public static string? ValidateTagValue(string? value)
    {
        value ??= "";
        if (value.Length > MaxTagValueLength) return $"Tag value can be at most {MaxTagValueLength} characters.";
        if (!TagChars().IsMatch(value)) return "Tag value may use letters, digits, spaces and _ . : / = + - @";
        return null;
    }

    /// <summary>Checks a whole tag set: each key and value, duplicate keys (case-insensitive), the 50-tag limit.</summary>
    public static string? ValidateTags(IReadOnlyList<IamTag> tags)
    {
        if (tags.Count > MaxTagsPerUser) return $"A user can have at most {MaxTagsPerUser} tags.";
        foreach (var tag in tags)
        {
            if (ValidateTagKey(tag.Key) is { } k) return k;
            if (ValidateTagValue(tag.Value) is { } v) return $"{tag.Key}: {v}";
        }
        var duplicate = tags.GroupBy(t => t.Key, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? null : $"The tag key '{duplicate.Key}' is used twice (keys are case-insensitive).";
    }

    /// <summary>Checks a password against the account's live policy (IAM-REFERENCE.md, Passwords).</summary>
    public static IReadOnlyList<string> ValidatePassword(string? password, IamPasswordPolicy? policy)
    {
        var problems = new List<string>();
        password ??= "";
        var p = policy ?? new IamPasswordPolicy();
        if (password.Length < 1 || password.Length > MaxPasswordLength) problems.Add($"Passwords are 1 to {MaxPasswordLength} characters.");
        if (password.Length < p.MinimumPasswordLength) problems.Add($"At least {p.MinimumPasswordLength} characters.");
        if (p.RequireUppercaseCharacters && !password.Any(char.IsAsciiLetterUpper)) problems.Add("At least one upper-case letter (A–Z).");
        if (p.RequireLowercaseCharacters && !password.Any(char.IsAsciiLetterLower)) problems.Add("At least one lower-case letter (a–z).");
        if (p.RequireNumbers && !password.Any(char.IsAsciiDigit)) problems.Add("At least one number (0–9).");
        if (p.RequireSymbols && !password.Any(PasswordSymbols.Contains)) problems.Add($"At least one symbol ({PasswordSymbols}).");
        return problems;
    }

    public const string PasswordSymbols = "!@#$%^&*()_+-=[]{}|'";
}
