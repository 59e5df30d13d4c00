using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Catalog;

namespace IamPortal.Application.Policies.Risk;

/// <summary>
/// The console's policy summary: per service the document reaches, per access level how many of the service's actions are
/// allowed (Allow minus a Deny on Resource "*" without Condition, NotAction expanded through the catalogue), the resources
/// of the statements that grant them and whether a condition applies. Services the catalogue does not know are left out
/// (the validator reports them). Services sorted by name.
/// </summary>
public sealed class PolicySummarizer(IActionCatalog catalog) : IPolicySummarizer
{
    private readonly Lazy<(ActionUniverse Universe, PolicyCompiler Compiler)> _engine = new(() =>
    {
        var universe = ActionUniverse.For(catalog);
        return (universe, new PolicyCompiler(universe));
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    public IReadOnlyList<ServiceAccessSummary> Summarize(string document)
    {
        var (universe, compiler) = _engine.Value;
        var permissions = compiler.Compile([new PolicySource("document", document)]);
        if (permissions.Allowed.IsEmpty) return [];
        var services = permissions.Allowed.Ids().Select(id => universe.Actions[id].Service).Distinct(StringComparer.OrdinalIgnoreCase);
        return [.. services
            .Select(prefix => Summarize(universe, permissions, catalog.FindService(prefix)!))
            .OrderBy(s => s.ServiceName, StringComparer.OrdinalIgnoreCase)];
    }

    private static ServiceAccessSummary Summarize(ActionUniverse universe, EffectivePermissions permissions, CatalogService service)
    {
        var actions = universe.Service(service.Prefix);
        var allowed = actions.Intersect(permissions.Allowed);
        var levels = Enum.GetValues<AccessLevel>()
            .Select(level => (Level: level, Of: actions.Intersect(universe.Level(level))))
            .Where(l => !l.Of.IsEmpty)
            .Select(l => new AccessLevelGrant(l.Level, l.Of.Intersect(allowed).Count, l.Of.Count))
            .ToList();
        var granting = permissions.Allows.Where(s => s.Actions.Overlaps(allowed)).Select(s => s.Statement).ToList();
        var resources = granting
            .SelectMany(s => s.IsNotResource ? ["All resources except " + string.Join(", ", s.Resources)] : s.Resources)
            .Distinct(StringComparer.Ordinal).ToList();
        return new ServiceAccessSummary(service.Prefix, service.Name, levels, resources, granting.Any(s => s.HasCondition), Text(levels));
    }

    /// <summary>"Full access", or "Full: List, Read  Limited: Write" as the console writes it.</summary>
    public static string Text(IReadOnlyList<AccessLevelGrant> levels)
    {
        var granted = levels.Where(l => l.Allowed > 0).ToList();
        if (granted.Count > 0 && levels.All(l => l.IsFull)) return "Full access";
        var full = granted.Where(l => l.IsFull).Select(l => Name(l.Level)).ToList();
        var limited = granted.Where(l => !l.IsFull).Select(l => Name(l.Level)).ToList();
        var parts = new List<string>();
        if (full.Count > 0) parts.Add("Full: " + string.Join(", ", full));
        if (limited.Count > 0) parts.Add("Limited: " + string.Join(", ", limited));
        return string.Join("  ", parts);
    }

    public static string Name(AccessLevel level) => level == AccessLevel.PermissionsManagement ? "Permissions management" : level.ToString();
}
