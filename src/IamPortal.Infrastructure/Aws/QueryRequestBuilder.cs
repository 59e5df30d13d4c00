using System.Globalization;
using System.Text;

namespace IamPortal.Infrastructure.Aws;

/// <summary>
/// Builds an IAM Query API request body: <c>Action</c>, <c>Version</c> and the parameters, lists as
/// <c>Name.member.N</c> (1-based), every name and value percent-encoded per RFC 3986 as SigV4 expects.
/// Parameters with a null value are left out, so optional arguments can be passed straight through.
/// </summary>
internal sealed class QueryRequestBuilder
{
    public const string ApiVersion = "2010-05-08";

    private readonly List<KeyValuePair<string, string>> _parameters = [];

    public QueryRequestBuilder(string action)
    {
        Action = action;
        _parameters.Add(new("Action", action));
        _parameters.Add(new("Version", ApiVersion));
    }

    public string Action { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Parameters => _parameters;

    public QueryRequestBuilder Add(string name, string? value)
    {
        if (value is not null) _parameters.Add(new(name, value));
        return this;
    }

    public QueryRequestBuilder Add(string name, bool? value) =>
        Add(name, value switch { true => "true", false => "false", null => null });

    public QueryRequestBuilder Add(string name, int? value) =>
        Add(name, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary><c>Name.member.1</c>, <c>Name.member.2</c>, …</summary>
    public QueryRequestBuilder AddList(string name, IEnumerable<string>? values)
    {
        var i = 0;
        foreach (var value in values ?? [])
        {
            Add($"{name}.member.{++i}", value);
        }
        return this;
    }

    /// <summary><c>Tags.member.1.Key</c>, <c>Tags.member.1.Value</c>, …</summary>
    public QueryRequestBuilder AddTags(string name, IEnumerable<(string Key, string Value)>? tags)
    {
        var i = 0;
        foreach (var (key, value) in tags ?? [])
        {
            i++;
            Add($"{name}.member.{i}.Key", key);
            Add($"{name}.member.{i}.Value", value);
        }
        return this;
    }

    /// <summary>A copy with the paging parameters set, for the next page of a list call.</summary>
    public QueryRequestBuilder WithPage(int maxItems, string? marker)
    {
        var copy = new QueryRequestBuilder(Action);
        copy._parameters.Clear();
        copy._parameters.AddRange(_parameters.Where(p => p.Key is not ("MaxItems" or "Marker")));
        copy.Add("MaxItems", maxItems).Add("Marker", marker);
        return copy;
    }

    /// <summary>The <c>application/x-www-form-urlencoded</c> body.</summary>
    public string ToFormBody()
    {
        var sb = new StringBuilder();
        foreach (var (name, value) in _parameters)
        {
            if (sb.Length > 0) sb.Append('&');
            sb.Append(Encode(name)).Append('=').Append(Encode(value));
        }
        return sb.ToString();
    }

    /// <summary>RFC 3986 encoding: everything but A–Z a–z 0–9 - _ . ~ is percent-encoded (UTF-8); space is %20, not +.</summary>
    internal static string Encode(string value) => Uri.EscapeDataString(value);
}
