using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Catalog;

namespace IamPortal.Application.Policies.Risk;

/// <summary>A statement of a named policy with the catalogued actions it names (NotAction: every catalogued action it does not name).</summary>
internal sealed record CompiledStatement(string PolicyName, PolicyStatement Statement, ActionSet Actions)
{
    public StatementRef Ref => new(PolicyName, Statement.Index, Statement.Sid);

    /// <summary>Whether the statement names an action, also one the catalogue does not know (matched by its patterns).</summary>
    public bool Names(string fullName, int? id) => id is { } known
        ? Actions.Contains(known)
        : Statement.IsNotAction != Statement.Actions.Any(p => WildcardMatch.IsMatch(p, fullName));
}

/// <summary>
/// What a set of policies allows together. <see cref="Allowed"/>: every Allow statement's actions minus those a Deny on
/// Resource "*" without Condition removes. <see cref="Confirmed"/>: the allowed actions some Allow grants on every resource
/// without a condition and no Deny touches at all (a scoped or conditional Deny may or may not block them).
/// <see cref="OnAnyResource"/>: allowed on every resource, with or without a condition (for admin-equivalence).
/// </summary>
internal sealed class EffectivePermissions
{
    private readonly ActionUniverse _universe;

    public EffectivePermissions(ActionUniverse universe, IReadOnlyList<CompiledStatement> statements)
    {
        _universe = universe;
        Statements = statements;
        var size = universe.Size;
        Allowed = new ActionSet(size);
        Confirmed = new ActionSet(size);
        OnAnyResource = new ActionSet(size);
        var denied = new ActionSet(size);
        var touchedByDeny = new ActionSet(size);
        foreach (var s in statements)
        {
            if (s.Statement.IsAllow)
            {
                Allowed.UnionWith(s.Actions);
                if (s.Statement.OnAnyResource) OnAnyResource.UnionWith(s.Actions);
                if (s.Statement.Unconditional) Confirmed.UnionWith(s.Actions);
            }
            else
            {
                touchedByDeny.UnionWith(s.Actions);
                if (s.Statement.Unconditional && !s.Statement.IsNotResource) denied.UnionWith(s.Actions);
            }
        }
        Allowed.ExceptWith(denied);
        OnAnyResource.ExceptWith(denied);
        Confirmed.ExceptWith(touchedByDeny);
    }

    public IReadOnlyList<CompiledStatement> Statements { get; }
    public ActionSet Allowed { get; }
    public ActionSet Confirmed { get; }
    public ActionSet OnAnyResource { get; }

    public IEnumerable<CompiledStatement> Allows => Statements.Where(s => s.Statement.IsAllow);

    /// <summary>Whether one action (catalogued or not) is allowed, and whether confirmed.</summary>
    public (bool Allowed, bool Confirmed) Check(string fullName)
    {
        if (_universe.IdOf(fullName) is { } id) return (Allowed.Contains(id), Confirmed.Contains(id));
        var denies = Statements.Where(s => !s.Statement.IsAllow && s.Names(fullName, null)).ToList();
        if (denies.Any(d => d.Statement.Unconditional && !d.Statement.IsNotResource)) return (false, false);
        var allows = Allows.Where(s => s.Names(fullName, null)).ToList();
        return (allows.Count > 0, denies.Count == 0 && allows.Any(a => a.Statement.Unconditional));
    }

    /// <summary>The Allow statements that grant any of the actions.</summary>
    public IReadOnlyList<StatementRef> Granting(ResolvedActions actions) =>
        [.. Allows.Where(s => s.Actions.Overlaps(actions.Known) || actions.Unknown.Any(n => s.Names(n, null))).Select(s => s.Ref).Distinct()];
}
