using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace IamPortal.Application.Policies.Validation;

/// <summary>Does a condition value fit its operator's type? Values holding a policy variable are resolved at request time and pass.</summary>
internal static partial class ConditionValues
{
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^\d{1,3}(\.\d{1,3}){3}$")]
    private static partial Regex Ipv4();

    /// <summary>The plain words for what the value should be, or null when it fits.</summary>
    public static string? Problem(ConditionType type, JsonNode value)
    {
        var text = value.Kind switch
        {
            JsonKind.True => "true",
            JsonKind.False => "false",
            _ => value.Text ?? "",
        };
        if (value.IsString && PolicyVariables.Has(text)) return null;
        return type switch
        {
            ConditionType.Numeric when !decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) =>
                "a number, such as 10",
            ConditionType.Date when !IsDate(text) =>
                "a date in ISO 8601 (2026-01-31 or 2026-01-31T12:00:00Z) or in seconds since 1970 (epoch)",
            ConditionType.Bool or ConditionType.Null when !bool.TryParse(text, out _) => "true or false",
            ConditionType.Binary when !value.IsString || !IsBase64(text) => "a base64-encoded value",
            ConditionType.IpAddress when !value.IsString || !IsIpRange(text) => "an IP address or CIDR range, such as 203.0.113.0/24",
            ConditionType.Arn when !value.IsString || !(text == "*" || text.StartsWith("arn:", StringComparison.Ordinal)) =>
                "an ARN such as arn:aws:iam::123456789012:role/name (wildcards allowed)",
            _ => null,
        };
    }

    private static bool IsDate(string text) =>
        IsoDate().IsMatch(text) || (text.Length > 0 && text.All(char.IsAsciiDigit));

    private static bool IsBase64(string text)
    {
        return text.Length > 0 && Convert.TryFromBase64String(text, new byte[text.Length], out _);
    }

    private static bool IsIpRange(string text)
    {
        var slash = text.IndexOf('/');
        var address = slash < 0 ? text : text[..slash];
        var isV4 = Ipv4().IsMatch(address);
        if (!(isV4 || address.Contains(':')) || !IPAddress.TryParse(address, out _)) return false;
        if (slash < 0) return true;
        return int.TryParse(text[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var bits) && bits <= (isV4 ? 32 : 128);
    }
}
