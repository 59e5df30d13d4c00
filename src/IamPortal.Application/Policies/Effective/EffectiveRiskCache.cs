using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using IamPortal.Application.Inventory;
using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Policies.Effective;

/// <summary>
/// Shared by every circuit: the users' severities once per snapshot (a patched or rebuilt snapshot is a new instance; the old
/// one's entry goes with it), and the highest severity of each distinct policy set across snapshots, so a patch after one
/// user's change re-analyses only the sets that changed. A set's key names its documents' versions or hashes, never its
/// holders, so an entry never goes stale; the table is dropped when it grows past <see cref="MaxSets"/>.
/// </summary>
public sealed class EffectiveRiskCache
{
    internal const int MaxSets = 20_000;
    private readonly ConditionalWeakTable<InventorySnapshot, Lazy<Task<IReadOnlyDictionary<string, RiskSeverity>>>> _bySnapshot = new();
    private readonly ConcurrentDictionary<string, RiskSeverity> _bySet = new(StringComparer.Ordinal);

    internal Task<IReadOnlyDictionary<string, RiskSeverity>> SeveritiesAsync(InventorySnapshot snapshot,
        Func<InventorySnapshot, IReadOnlyDictionary<string, RiskSeverity>> compute) =>
        _bySnapshot.GetValue(snapshot, s => new Lazy<Task<IReadOnlyDictionary<string, RiskSeverity>>>(() => Task.Run(() => compute(s)))).Value;

    internal RiskSeverity SetSeverity(string key, Func<RiskSeverity> analyze)
    {
        if (_bySet.TryGetValue(key, out var known)) return known;
        if (_bySet.Count >= MaxSets) _bySet.Clear();
        return _bySet.GetOrAdd(key, _ => analyze());
    }
}
