using System.Text.Json;
using System.Text.RegularExpressions;
using IamPortal.Sandbox.Protocol;

namespace IamPortal.Sandbox.Operations;

/// <summary>IAM's input constraints (patterns and lengths from the IAM API model).</summary>
public static partial class Validate
{
    [GeneratedRegex(@"^[\w+=,.@-]+$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^((/[\u0021-\u007E]+/)|/)$")]
    private static partial Regex PathPattern();

    [GeneratedRegex(@"^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$")]
    private static partial Regex TagPattern();

    public static void UserName(string value, string field = "userName") => Name(value, field, 64);

    public static void GroupName(string value, string field = "groupName") => Name(value, field, 128);

    public static void PolicyName(string value, string field = "policyName") => Name(value, field, 128);

    public static void Name(string value, string field, int max)
    {
        if (value.Length < 1 || value.Length > max)
            throw IamException.Validation(field, value, $"Member must have length less than or equal to {max}");
        if (!NamePattern().IsMatch(value))
            throw IamException.Validation(field, value, @"Member must satisfy regular expression pattern: [\w+=,.@-]+");
    }

    public static string Path(string? value, string field = "path")
    {
        if (value is null) return "/";
        if (value.Length is < 1 or > 512)
            throw IamException.Validation(field, value, "Member must have length less than or equal to 512");
        if (!PathPattern().IsMatch(value))
            throw IamException.Validation(field, value, @"Member must satisfy regular expression pattern: (\u002F)|(\u002F[\u0021-\u007E]+\u002F)");
        return value;
    }

    public static string PathPrefix(string? value)
    {
        if (value is null) return "/";
        if (value.Length is < 1 or > 512 || !value.StartsWith('/'))
            throw IamException.Validation("pathPrefix", value, @"Member must satisfy regular expression pattern: \u002F[\u0021-\u007F]*");
        return value;
    }

    public static void Tags(IReadOnlyList<(string Key, string Value)> tags)
    {
        foreach (var (key, value) in tags)
        {
            if (key.Length is < 1 or > 128)
                throw IamException.Validation("tags.member.key", key, "Member must have length less than or equal to 128");
            if (value.Length > 256)
                throw IamException.Validation("tags.member.value", value, "Member must have length less than or equal to 256");
            if (!TagPattern().IsMatch(key))
                throw IamException.Validation("tags.member.key", key, @"Member must satisfy regular expression pattern: [\p{L}\p{Z}\p{N}_.:/=+\-@]+");
            if (!TagPattern().IsMatch(value))
                throw IamException.Validation("tags.member.value", value, @"Member must satisfy regular expression pattern: [\p{L}\p{Z}\p{N}_.:/=+\-@]*");
            if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
                throw new IamException("InvalidInput", "User tag keys cannot start with the reserved prefix 'aws:'.");
        }
        if (tags.Select(t => t.Key).Distinct(StringComparer.OrdinalIgnoreCase).Count() != tags.Count)
            throw new IamException("InvalidInput", "Duplicate tag keys found. Please note that Tag keys are case insensitive.");
    }

    /// <summary>
    /// Checks an identity policy document the way IAM does and refuses it with IAM's MalformedPolicyDocument messages (grammar
    /// only: JSON, element names and case, Version, Statement, Sid, Effect, Action/NotAction, Resource/NotResource, no Principal).
    /// Returns its size without whitespace.
    /// </summary>
    public static int PolicyDocument(string document, string field = "policyDocument")
    {
        if (document.Length is < 1 or > 131072)
            throw IamException.Validation(field, null, "Member must have length greater than or equal to 1");
        foreach (var c in document)
            if (c is not ('\t' or '\n' or '\r') && (c < '\u0020' || c > '\u00FF'))
                throw IamException.Validation(field, null, @"Member must satisfy regular expression pattern: [\u0009\u000A\u000D\u0020-\u00FF]+");
        try
        {
            using var json = JsonDocument.Parse(document);
            PolicyGrammar.Check(json.RootElement);
        }
        catch (JsonException)
        {
            throw PolicyGrammar.Malformed(PolicyGrammar.SyntaxErrors);
        }
        return document.Count(c => !char.IsWhiteSpace(c));
    }

    public static void MaxLength(string? value, string field, int max)
    {
        if (value is not null && value.Length > max)
            throw IamException.Validation(field, value, $"Member must have length less than or equal to {max}");
    }
}
