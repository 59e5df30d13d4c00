using System.Text.RegularExpressions;

namespace IamPortal.Web.Features.Policies;

/// <summary>One highlighted piece of a line of pretty-printed JSON.</summary>
public sealed record JsonToken(string Text, string CssClass, string? Style);

/// <summary>
/// Splits one line of pretty-printed JSON into keys, string values, literals (numbers, true, false, null) and the rest,
/// for the read-only document view. Not a parser: the document was already formatted by System.Text.Json.
/// </summary>
public static partial class JsonHighlighter
{
    [GeneratedRegex("""("(?:[^"\\]|\\.)*")(\s*:)?|\b(true|false|null)\b|(-?\d+(?:\.\d+)?)""")]
    private static partial Regex TokenPattern();

    // Colours with at least 4.5:1 contrast on the light grey background.
    private const string KeyStyle = "color: #0b5394";
    private const string StringStyle = "color: #1e6b1e";
    private const string LiteralStyle = "color: #8a3b00";

    public static IReadOnlyList<JsonToken> Tokens(string line)
    {
        var tokens = new List<JsonToken>();
        var at = 0;
        foreach (Match m in TokenPattern().Matches(line))
        {
            if (m.Index > at) tokens.Add(new JsonToken(line[at..m.Index], "json-punct", null));
            if (m.Groups[1].Success)
            {
                var isKey = m.Groups[2].Success;
                tokens.Add(new JsonToken(m.Groups[1].Value, isKey ? "json-key" : "json-string", isKey ? KeyStyle : StringStyle));
                if (isKey) tokens.Add(new JsonToken(m.Groups[2].Value, "json-punct", null));
            }
            else
            {
                tokens.Add(new JsonToken(m.Value, "json-literal", LiteralStyle));
            }
            at = m.Index + m.Length;
        }
        if (at < line.Length) tokens.Add(new JsonToken(line[at..], "json-punct", null));
        return tokens;
    }
}
