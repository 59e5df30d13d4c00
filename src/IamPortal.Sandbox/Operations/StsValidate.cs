using System.Text.RegularExpressions;
using IamPortal.Sandbox.Protocol;

namespace IamPortal.Sandbox.Operations;

/// <summary>STS's own parameter rules (AssumeRole, GetAccessKeyInfo), with STS's validation messages.</summary>
public static partial class StsValidate
{
    /// <summary>RoleSessionName and SourceIdentity: 2–64 of [\w+=,.@-].</summary>
    public static void SessionName(string value, string field)
    {
        Length(value, field, 2, 64);
        if (!NamePattern().IsMatch(value)) throw IamException.Validation(field, value, @"Member must satisfy regular expression pattern: [\w+=,.@-]*");
    }

    public static void SourceIdentity(string value)
    {
        SessionName(value, "sourceIdentity");
        if (value.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
            throw new IamException("ValidationError", "1 validation error detected: Value at 'sourceIdentity' failed to satisfy constraint: Member must not start with 'aws:'");
    }

    public static void ExternalId(string value)
    {
        Length(value, "externalId", 2, 1224);
        if (!ExternalIdPattern().IsMatch(value)) throw IamException.Validation("externalId", value, @"Member must satisfy regular expression pattern: [\w+=,.@:\/-]*");
    }

    public static int? Duration(int? seconds)
    {
        if (seconds is < 900) throw IamException.Validation("durationSeconds", seconds.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "Member must have value greater than or equal to 900");
        if (seconds is > 43200) throw IamException.Validation("durationSeconds", seconds.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "Member must have value less than or equal to 43200");
        return seconds;
    }

    /// <summary>arn:aws:iam::&lt;12 digits&gt;:role/[path/]name → (account, name).</summary>
    public static (string AccountId, string RoleName) RoleArn(string arn)
    {
        Length(arn, "roleArn", 20, 2048);
        var m = RoleArnPattern().Match(arn);
        if (!m.Success) throw new IamException("ValidationError", $"{arn} is invalid");
        return (m.Groups[1].Value, m.Groups[2].Value);
    }

    /// <summary>An access key id: 16–128 word characters, AKIA or ASIA.</summary>
    public static void AccessKeyId(string value)
    {
        Length(value, "accessKeyId", 16, 128);
        if (!AccessKeyPattern().IsMatch(value)) throw IamException.Validation("accessKeyId", value, @"Member must satisfy regular expression pattern: [\w]*");
        if (!value.StartsWith("AKIA", StringComparison.Ordinal) && !value.StartsWith("ASIA", StringComparison.Ordinal))
            throw new IamException("ValidationError", $"The access key ID {value} is not valid.");
    }

    private static void Length(string value, string field, int min, int max)
    {
        if (value.Length < min) throw IamException.Validation(field, value, $"Member must have length greater than or equal to {min}");
        if (value.Length > max) throw IamException.Validation(field, value, $"Member must have length less than or equal to {max}");
    }

    [GeneratedRegex(@"^[\w+=,.@-]*$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^[\w+=,.@:\/-]*$")]
    private static partial Regex ExternalIdPattern();

    [GeneratedRegex(@"^\w*$")]
    private static partial Regex AccessKeyPattern();

    [GeneratedRegex(@"^arn:aws:iam::(\d{12}):role/(?:[\u0021-\u007E]*/)?([\w+=,.@-]{1,64})$")]
    private static partial Regex RoleArnPattern();
}
