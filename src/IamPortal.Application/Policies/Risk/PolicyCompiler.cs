using System.Collections.Concurrent;
using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Policies.Risk;

/// <summary>
/// Turns documents into statements with their expanded action sets, caching each document's statements (by its text),
/// so the thousands of users who share a handful of policies expand each policy once.
/// </summary>
internal sealed class PolicyCompiler(ActionUniverse universe)
{
    private const int CacheLimit = 4096;
    private int _added;
    private readonly ConcurrentDictionary<string, IReadOnlyList<(PolicyStatement Statement, ActionSet Actions)>?> _cache = new(StringComparer.Ordinal);

    public EffectivePermissions Compile(IEnumerable<PolicySource> policies) =>
        new(universe, [.. policies.SelectMany(p => Statements(p.Document).Select(s => new CompiledStatement(p.Name, s.Statement, s.Actions)))]);

    private IReadOnlyList<(PolicyStatement Statement, ActionSet Actions)> Statements(string document)
    {
        if (_cache.TryGetValue(document, out var cached)) return cached ?? [];
        var statements = PolicyDocumentReader.Read(document)?.Select(s => (s, Expand(s))).ToList();
        if (Interlocked.Increment(ref _added) % CacheLimit == 0) _cache.Clear();
        _cache[document] = statements;
        return statements ?? [];
    }

    private ActionSet Expand(PolicyStatement statement)
    {
        var named = new ActionSet(universe.Size);
        foreach (var pattern in statement.Actions) named.UnionWith(universe.Expand(pattern));
        return statement.IsNotAction ? named.Complement(universe.Size) : named;
    }
}
