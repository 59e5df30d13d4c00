using System.Text.Json;
using System.Text.RegularExpressions;
using IamPortal.Sandbox.Protocol;

namespace IamPortal.Sandbox.Operations;

/// <summary>The grammar IAM enforces on identity policy documents, refused with IAM's own MalformedPolicyDocument messages.</summary>
internal static partial class PolicyGrammar
{
    public const string SyntaxErrors = "Syntax errors in policy.";
    private static readonly string[] TopLevel = ["Version", "Id", "Statement"];
    private static readonly string[] StatementElements = ["Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition"];

    [GeneratedRegex("^[0-9A-Za-z]*$")]
    private static partial Regex Sid();

    public static IamException Malformed(string message) => new("MalformedPolicyDocument", message);

    public static void Check(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) throw Malformed(SyntaxErrors);
        var names = Names(root, TopLevel);
        if (!names.Contains("Statement") || root.GetProperty("Statement").ValueKind is not (JsonValueKind.Array or JsonValueKind.Object))
            throw Malformed("Missing required field Statement");
        if (names.Contains("Version") && root.GetProperty("Version") is var v && (v.ValueKind != JsonValueKind.String || v.GetString() is not ("2012-10-17" or "2008-10-17")))
            throw Malformed("The policy failed legacy parsing");
        var statement = root.GetProperty("Statement");
        var statements = statement.ValueKind == JsonValueKind.Array ? statement.EnumerateArray().ToArray() : [statement];
        var sids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in statements)
            CheckStatement(s, sids);
    }

    private static void CheckStatement(JsonElement statement, HashSet<string> sids)
    {
        if (statement.ValueKind != JsonValueKind.Object) throw Malformed(SyntaxErrors);
        var names = Names(statement, StatementElements);
        if (names.Contains("Principal") || names.Contains("NotPrincipal"))
            throw Malformed("Policy document should not specify a principal.");
        if (names.Contains("Sid"))
        {
            var sid = statement.GetProperty("Sid");
            if (sid.ValueKind != JsonValueKind.String) throw Malformed(SyntaxErrors);
            if (!Sid().IsMatch(sid.GetString()!))
                throw Malformed("Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*");
            if (sid.GetString()!.Length > 0 && !sids.Add(sid.GetString()!))
                throw Malformed("Statement IDs (SID) in a single policy must be unique.");
        }
        if (!names.Contains("Effect")) throw Malformed("Missing required field Effect");
        var effect = statement.GetProperty("Effect");
        if (effect.ValueKind != JsonValueKind.String || effect.GetString() is not ("Allow" or "Deny"))
            throw Malformed($"Invalid effect: {(effect.ValueKind == JsonValueKind.String ? effect.GetString() : effect.GetRawText())}");
        if (names.Contains("Action") && names.Contains("NotAction")) throw Malformed(SyntaxErrors);
        if (!names.Contains("Action") && !names.Contains("NotAction")) throw Malformed("Policy statement must contain actions.");
        if (names.Contains("Resource") && names.Contains("NotResource")) throw Malformed(SyntaxErrors);
        if (!names.Contains("Resource") && !names.Contains("NotResource")) throw Malformed("Policy statement must contain resources.");
    }

    /// <summary>The object's member names; an unknown or mis-cased one is a syntax error, as in IAM.</summary>
    private static HashSet<string> Names(JsonElement element, string[] allowed)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal)) throw Malformed(SyntaxErrors);
            names.Add(property.Name);
        }
        return names;
    }
}
