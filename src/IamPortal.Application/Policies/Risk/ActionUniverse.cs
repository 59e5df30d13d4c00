using IamPortal.Application.Policies.Catalog;

namespace IamPortal.Application.Policies.Risk;

/// <summary>
/// Every catalogued action numbered once (services by prefix, actions in catalogue order), with the sets the rules ask
/// for precomputed: each pattern's expansion (cached), each access level, each service.
/// </summary>
internal sealed class ActionUniverse
{
    private readonly IActionCatalog _catalog;
    private readonly Dictionary<string, int> _ids = new(StringComparer.OrdinalIgnoreCase);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ActionSet> _patterns = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ActionSet> _services = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<AccessLevel, ActionSet> _levels = [];

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IActionCatalog, ActionUniverse> Shared = [];

    /// <summary>The one numbering of a catalogue, shared by the analyzer and the summarizer.</summary>
    public static ActionUniverse For(IActionCatalog catalog) => Shared.GetValue(catalog, c => new ActionUniverse(c));

    private ActionUniverse(IActionCatalog catalog)
    {
        _catalog = catalog;
        var actions = new List<CatalogAction>();
        foreach (var service in catalog.Services.OrderBy(s => s.Prefix, StringComparer.Ordinal))
            foreach (var action in service.Actions)
                if (_ids.TryAdd(action.FullName, actions.Count)) actions.Add(action);
        Actions = actions;
        foreach (var level in Enum.GetValues<AccessLevel>()) _levels[level] = new ActionSet(Size);
        for (var id = 0; id < actions.Count; id++)
        {
            _levels[actions[id].Level].Add(id);
            if (!_services.TryGetValue(actions[id].Service, out var set)) _services[actions[id].Service] = set = new ActionSet(Size);
            set.Add(id);
        }
    }

    public IReadOnlyList<CatalogAction> Actions { get; }

    public int Size => Actions.Count;

    public int? IdOf(string fullName) => _ids.TryGetValue(fullName, out var id) ? id : null;

    /// <summary>The actions a pattern names (shared: never modify it).</summary>
    public ActionSet Expand(string pattern) => _patterns.GetOrAdd(pattern.Trim(), p =>
    {
        var set = new ActionSet(Size);
        foreach (var action in _catalog.Expand(p))
            if (_ids.TryGetValue(action.FullName, out var id)) set.Add(id);
        return set;
    });

    public ActionSet Level(AccessLevel level) => _levels[level];

    public ActionSet Service(string prefix) => _services.TryGetValue(prefix, out var set) ? set : new ActionSet(Size);

    public string NameOf(int id) => Actions[id].FullName;
}
