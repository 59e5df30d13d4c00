using System.Text;

namespace IamPortal.Application.Accounts;

/// <summary>
/// Turns the operator's identity into a value STS accepts as an AssumeRole <c>SourceIdentity</c>, which then names the
/// human on every CloudTrail event of the session: 2–64 characters of <c>[\w+=,.@-]</c>, never starting with
/// <c>aws:</c>. Pass the operator's email (or UPN) when the sign-in has one, else the stable subject (<c>sub</c>/<c>oid</c>):
/// an email reads well in CloudTrail and survives unchanged, a subject is stable but opaque.
/// </summary>
public static class SourceIdentityFormat
{
    public const int MinLength = 2;
    public const int MaxLength = 64;
    private const char Replacement = '-';

    /// <summary>
    /// The operator's key in STS's form: other characters become <c>-</c>, trimmed to 64, padded to 2. The colon is
    /// replaced like any other character, so the result never starts with the reserved <c>aws:</c>.
    /// </summary>
    public static string From(string operatorKey)
    {
        ArgumentNullException.ThrowIfNull(operatorKey);
        var builder = new StringBuilder(Math.Min(operatorKey.Trim().Length, MaxLength));
        foreach (var c in operatorKey.Trim())
        {
            if (builder.Length == MaxLength) break;
            builder.Append(IsAllowed(c) ? c : Replacement);
        }
        while (builder.Length < MinLength) builder.Append(Replacement);
        return builder.ToString();
    }

    /// <summary>Whether <paramref name="value"/> already follows STS's rules for SourceIdentity.</summary>
    public static bool IsValid(string? value) =>
        value is { Length: >= MinLength and <= MaxLength } && value.All(IsAllowed)
        && !value.StartsWith("aws:", StringComparison.OrdinalIgnoreCase);

    /// <summary>STS's <c>[\w+=,.@-]</c>: ASCII letters, digits and underscore, and <c>+=,.@-</c>.</summary>
    private static bool IsAllowed(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '+' or '=' or ',' or '.' or '@' or '-';
}
