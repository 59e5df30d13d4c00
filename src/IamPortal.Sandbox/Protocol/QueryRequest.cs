using System.Globalization;

namespace IamPortal.Sandbox.Protocol;

/// <summary>The parameters of one Query API request (form body and/or query string), with IAM's list encodings.</summary>
public sealed class QueryRequest(IReadOnlyDictionary<string, string> values)
{
    public IReadOnlyDictionary<string, string> Values { get; } = values;

    public string Action => Str("Action") ?? "";

    public string? Str(string name) => Values.TryGetValue(name, out var v) ? v : null;

    /// <summary>A required parameter; IAM answers ValidationError "Member must not be null" when it is missing.</summary>
    public string Req(string name) =>
        Str(name) ?? throw IamException.Validation(Camel(name), null, "Member must not be null");

    public int? Int(string name)
    {
        var s = Str(name);
        if (s is null) return null;
        return int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new IamException("ValidationError", $"Invalid value for parameter {name}: {s}");
    }

    public bool? Bool(string name)
    {
        var s = Str(name);
        if (s is null) return null;
        return bool.TryParse(s, out var v) ? v : throw new IamException("ValidationError", $"Invalid boolean value for parameter {name}: {s}");
    }

    /// <summary>A list parameter: Name.member.1, Name.member.2, ...</summary>
    public List<string> Members(string name)
    {
        var list = new List<string>();
        for (var i = 1; Values.TryGetValue($"{name}.member.{i}", out var v); i++) list.Add(v);
        return list;
    }

    /// <summary>Tags.member.N.Key / Tags.member.N.Value.</summary>
    public List<(string Key, string Value)> Tags(string name = "Tags")
    {
        var list = new List<(string, string)>();
        for (var i = 1; Values.TryGetValue($"{name}.member.{i}.Key", out var k); i++)
            list.Add((k, Str($"{name}.member.{i}.Value") ?? ""));
        return list;
    }

    public static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
