namespace IamPortal.Application.Policies.Validation;

/// <summary>The type of value a condition operator compares.</summary>
internal enum ConditionType { String, Numeric, Date, Bool, Binary, IpAddress, Arn, Null }

/// <summary>One condition operator as written: the base operator, its type, and its ForAllValues:/ForAnyValue: and IfExists parts.</summary>
internal sealed record ConditionOperator(string Name, ConditionType Type, bool IsLike, bool IfExists, string? SetPrefix)
{
    private static readonly Dictionary<string, ConditionType> Operators = new(StringComparer.Ordinal)
    {
        ["StringEquals"] = ConditionType.String, ["StringNotEquals"] = ConditionType.String,
        ["StringEqualsIgnoreCase"] = ConditionType.String, ["StringNotEqualsIgnoreCase"] = ConditionType.String,
        ["StringLike"] = ConditionType.String, ["StringNotLike"] = ConditionType.String,
        ["NumericEquals"] = ConditionType.Numeric, ["NumericNotEquals"] = ConditionType.Numeric,
        ["NumericLessThan"] = ConditionType.Numeric, ["NumericLessThanEquals"] = ConditionType.Numeric,
        ["NumericGreaterThan"] = ConditionType.Numeric, ["NumericGreaterThanEquals"] = ConditionType.Numeric,
        ["DateEquals"] = ConditionType.Date, ["DateNotEquals"] = ConditionType.Date,
        ["DateLessThan"] = ConditionType.Date, ["DateLessThanEquals"] = ConditionType.Date,
        ["DateGreaterThan"] = ConditionType.Date, ["DateGreaterThanEquals"] = ConditionType.Date,
        ["Bool"] = ConditionType.Bool,
        ["BinaryEquals"] = ConditionType.Binary,
        ["IpAddress"] = ConditionType.IpAddress, ["NotIpAddress"] = ConditionType.IpAddress,
        ["ArnEquals"] = ConditionType.Arn, ["ArnLike"] = ConditionType.Arn,
        ["ArnNotEquals"] = ConditionType.Arn, ["ArnNotLike"] = ConditionType.Arn,
        ["Null"] = ConditionType.Null,
    };

    private static readonly string[] SetPrefixes = ["ForAllValues:", "ForAnyValue:"];

    /// <summary>Reads an operator such as "ForAnyValue:StringLikeIfExists"; null when it is not one of IAM's operators.</summary>
    public static ConditionOperator? Parse(string text)
    {
        var prefix = SetPrefixes.FirstOrDefault(p => text.StartsWith(p, StringComparison.Ordinal));
        var rest = prefix is null ? text : text[prefix.Length..];
        var ifExists = rest.EndsWith("IfExists", StringComparison.Ordinal) && rest.Length > "IfExists".Length;
        var name = ifExists ? rest[..^"IfExists".Length] : rest;
        return Operators.TryGetValue(name, out var type)
            ? new ConditionOperator(name, type, name.Contains("Like", StringComparison.Ordinal), ifExists, prefix)
            : null;
    }

    /// <summary>The operator's correct spelling when <paramref name="text"/> differs from one only in case.</summary>
    public static string? CorrectCase(string text)
    {
        foreach (var prefix in SetPrefixes.Append(""))
            foreach (var name in Operators.Keys)
                foreach (var suffix in new[] { "", "IfExists" })
                {
                    var candidate = prefix + name + suffix;
                    if (string.Equals(candidate, text, StringComparison.OrdinalIgnoreCase)) return candidate;
                }
        return null;
    }
}
