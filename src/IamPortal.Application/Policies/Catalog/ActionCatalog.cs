namespace IamPortal.Application.Policies.Catalog;

/// <summary>
/// The catalogue the Application ships (the embedded action-catalog.json.gz, see docs/adr/0014), loaded once on first use.
/// Lookups are case-insensitive; <see cref="Expand"/> matches IAM's wildcards (* any run, ? one character) against each
/// service's action names and caches each pattern's answer, so expanding the same policy again costs a dictionary read.
/// </summary>
public sealed class ActionCatalog : IActionCatalog
{
    public const string ResourceName = "IamPortal.ActionCatalog";

    private readonly Lazy<Index> _index;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<CatalogAction>> _expansions =
        new(StringComparer.OrdinalIgnoreCase);

    public ActionCatalog() : this(LoadEmbedded) { }

    /// <summary>A catalogue over the given services (tests, or a catalogue read from elsewhere).</summary>
    public ActionCatalog(IReadOnlyList<CatalogService> services) : this(() => services) { }

    private ActionCatalog(Func<IReadOnlyList<CatalogService>> load) =>
        _index = new Lazy<Index>(() => new Index(load()), LazyThreadSafetyMode.ExecutionAndPublication);

    public IReadOnlyCollection<CatalogService> Services => _index.Value.Services;

    /// <summary>Every catalogued action, services by prefix, actions by name.</summary>
    public IReadOnlyList<CatalogAction> AllActions => _index.Value.All;

    public CatalogService? FindService(string prefix) => _index.Value.ByPrefix.GetValueOrDefault(prefix);

    public CatalogAction? FindAction(string fullName)
    {
        var colon = fullName.IndexOf(':');
        if (colon <= 0 || FindService(fullName[..colon]) is null) return null;
        return _index.Value.ByName.GetValueOrDefault(fullName);
    }

    public IReadOnlyList<CatalogAction> Expand(string pattern) => _expansions.GetOrAdd(pattern.Trim(), ExpandUncached);

    private IReadOnlyList<CatalogAction> ExpandUncached(string pattern)
    {
        var index = _index.Value;
        if (pattern == "*") return index.All;
        var colon = pattern.IndexOf(':');
        if (colon <= 0) return [];
        var servicePart = pattern[..colon];
        var namePart = pattern[(colon + 1)..];
        var services = HasWildcard(servicePart)
            ? index.Services.Where(s => WildcardMatch.IsMatch(servicePart, s.Prefix))
            : index.ByPrefix.TryGetValue(servicePart, out var one) ? [one] : [];
        var matches = new List<CatalogAction>();
        foreach (var service in services)
        {
            if (namePart == "*") matches.AddRange(service.Actions);
            else if (!HasWildcard(namePart))
            {
                if (index.ByName.TryGetValue(service.Prefix + ":" + namePart, out var action)) matches.Add(action);
            }
            else matches.AddRange(service.Actions.Where(a => WildcardMatch.IsMatch(namePart, a.Name)));
        }
        return matches;
    }

    private static bool HasWildcard(string text) => text.AsSpan().IndexOfAny('*', '?') >= 0;

    private static IReadOnlyList<CatalogService> LoadEmbedded()
    {
        using var stream = typeof(ActionCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The action catalogue resource {ResourceName} is missing from {typeof(ActionCatalog).Assembly.GetName().Name}.");
        return CatalogFormat.Read(stream);
    }

    private sealed class Index
    {
        public Index(IReadOnlyList<CatalogService> services)
        {
            Services = services;
            ByPrefix = services.ToDictionary(s => s.Prefix, StringComparer.OrdinalIgnoreCase);
            All = [.. services.SelectMany(s => s.Actions)];
            ByName = new Dictionary<string, CatalogAction>(StringComparer.OrdinalIgnoreCase);
            foreach (var action in All) ByName.TryAdd(action.FullName, action);
        }

        public IReadOnlyList<CatalogService> Services { get; }
        public Dictionary<string, CatalogService> ByPrefix { get; }
        public Dictionary<string, CatalogAction> ByName { get; }
        public IReadOnlyList<CatalogAction> All { get; }
    }
}
