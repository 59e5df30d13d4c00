namespace IamPortal.Application.Policies.Risk;

/// <summary>A rule's actions resolved once against the catalogue: the catalogued ones as a set, the others (matched by text) as names.</summary>
internal sealed record ResolvedActions(IReadOnlyList<string> Names, ActionSet Known, IReadOnlyList<string> Unknown);

/// <summary>One escalation line resolved: its items as written, every action it needs, and whether an item is a wildcard.</summary>
internal sealed record EscalationPath(int Index, IReadOnlyList<string> Items, ResolvedActions Actions, bool HasPattern)
{
    /// <summary>The lines that say at least what this one says (a wildcard line containing it, or a shorter line inside it).</summary>
    public List<int> CoveredBy { get; } = [];
}

/// <summary>The rules' action lists and escalation lines resolved against one catalogue, once, so an analysis only tests bits.</summary>
internal sealed class RiskTables
{
    public RiskTables(ActionUniverse universe)
    {
        Credentials = Resolve(universe, RiskActionLists.ReturnCredentials);
        ResourceSharing = Resolve(universe, RiskActionLists.ChangeResourceSharing);
        DataReads = Resolve(universe, RiskActionLists.ReadData);
        Escalations = [.. EscalationCombinations.All.Select((items, i) =>
            new EscalationPath(i, [.. items.Order(StringComparer.OrdinalIgnoreCase)], Resolve(universe, items), items.Any(IsPattern)))];
        foreach (var path in Escalations)
            path.CoveredBy.AddRange(Escalations.Where(w => w != path && Covers(w, path)).Select(w => w.Index));
    }

    public ResolvedActions Credentials { get; }
    public ResolvedActions ResourceSharing { get; }
    public ResolvedActions DataReads { get; }
    public IReadOnlyList<EscalationPath> Escalations { get; }

    public static bool IsPattern(string item) => item.AsSpan().IndexOfAny('*', '?') >= 0;

    public static ResolvedActions Resolve(ActionUniverse universe, IEnumerable<string> items)
    {
        var known = new ActionSet(universe.Size);
        var unknown = new List<string>();
        var names = new List<string>();
        foreach (var item in items)
        {
            if (IsPattern(item))
            {
                var set = universe.Expand(item);
                known.UnionWith(set);
                names.AddRange(set.Ids().Select(universe.NameOf));
            }
            else if (universe.IdOf(item) is { } id)
            {
                known.Add(id);
                names.Add(universe.NameOf(id));
            }
            else
            {
                unknown.Add(item);
                names.Add(item);
            }
        }
        return new ResolvedActions([.. names.Distinct(StringComparer.OrdinalIgnoreCase)], known, unknown);
    }

    private static bool Covers(EscalationPath wider, EscalationPath path)
    {
        var widerNames = new HashSet<string>(wider.Actions.Names, StringComparer.OrdinalIgnoreCase);
        var names = new HashSet<string>(path.Actions.Names, StringComparer.OrdinalIgnoreCase);
        if (wider.HasPattern) return path.HasPattern ? names.IsProperSubsetOf(widerNames) : names.IsSubsetOf(widerNames);
        return !path.HasPattern && widerNames.IsProperSubsetOf(names);
    }
}
