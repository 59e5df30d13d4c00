using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Policies.Risk;

/// <summary>What the rules read: the catalogue's numbering and what the analysed policies allow together; and the one way a finding is made.</summary>
internal sealed record RiskContext(ActionUniverse Universe, RiskTables Tables, EffectivePermissions Permissions)
{
    public RiskFinding Finding(RiskCategory category, RiskSeverity severity, bool confirmed, string key, string title,
        string explanation, IReadOnlyList<string> actions, IReadOnlyList<StatementRef>? statements = null) =>
        new(category, severity, confirmed, category + ":" + key, title,
            explanation + (confirmed ? "" : " Potential: a condition, a scoped Resource or a Deny may block it."),
            actions, statements ?? Permissions.Granting(RiskTables.Resolve(Universe, actions)));

    /// <summary>"a, b and c" for a sentence.</summary>
    public static string List(IReadOnlyList<string> items, int max = 6)
    {
        if (items.Count <= 1) return items.Count == 1 ? items[0] : "";
        var shown = items.Take(Math.Min(max, items.Count - 1)).ToList();
        var rest = items.Count - shown.Count;
        return string.Join(", ", shown) + (rest == 1 ? " and " + items[^1] : $" and {rest} more");
    }

    /// <summary>A finding's key part for a set of action names: sorted, lower case, joined by +.</summary>
    public static string ActionsKey(IEnumerable<string> actions) =>
        string.Join("+", actions.Select(a => a.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal));
}
