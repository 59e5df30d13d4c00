namespace IamPortal.Application.Trends;

/// <summary>
/// How a finding moved between two snapshots. New: failing and not evaluated before (a new user, key or check).
/// Regressed: failing where it passed. Reopened: failing where it was accepted (the acceptance expired or was withdrawn).
/// Resolved: failing or accepted before, passing or gone now. Accepted: accepted now, not before.
/// </summary>
public enum TrendChangeKind { New, Resolved, Regressed, Reopened, Accepted }

public sealed record TrendChange(TrendChangeKind Kind, string CheckId, string Resource, string? UserName, string Severity,
    TrendFindingStatus? Before, TrendFindingStatus? After);

/// <summary>One user's changes between two snapshots.</summary>
public sealed record UserTrendChanges(string UserName, IReadOnlyList<TrendChange> Changes);

public sealed record TrendComparison(TrendSnapshotInfo From, TrendSnapshotInfo To, IReadOnlyList<TrendChange> Changes)
{
    public IReadOnlyList<TrendChange> Of(TrendChangeKind kind) => [.. Changes.Where(c => c.Kind == kind)];

    public IReadOnlyList<UserTrendChanges> PerUser => [.. Changes.Where(c => c.UserName is not null)
        .GroupBy(c => c.UserName!, StringComparer.OrdinalIgnoreCase)
        .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
        .Select(g => new UserTrendChanges(g.Key, [.. g]))];
}

/// <summary>Time to remediate one check: findings resolved, how long they had failed (first seen failing → resolved), still open.</summary>
public sealed record RemediationTime(string CheckId, int Resolved, TimeSpan? Mean, TimeSpan? Median, TimeSpan? Longest, int StillOpen);

/// <summary>Pure comparisons over snapshot states.</summary>
public static class TrendComparer
{
    public static IReadOnlyList<TrendChange> Compare(TrendState from, TrendState to)
    {
        var before = from.Findings.ToDictionary(f => f.Key, StringComparer.Ordinal);
        var after = to.Findings.ToDictionary(f => f.Key, StringComparer.Ordinal);
        var changes = new List<TrendChange>();
        foreach (var now in to.Findings)
        {
            var was = before.GetValueOrDefault(now.Key);
            var kind = Classify(was?.Status, now.Status);
            if (kind is { } k) changes.Add(new TrendChange(k, now.CheckId, now.Resource, now.UserName, now.Severity, was?.Status, now.Status));
        }
        // Failing or accepted before and gone now (the user or key was deleted): resolved.
        foreach (var was in from.Findings.Where(f => !after.ContainsKey(f.Key) && f.Status is TrendFindingStatus.Fail or TrendFindingStatus.Accepted))
            changes.Add(new TrendChange(TrendChangeKind.Resolved, was.CheckId, was.Resource, was.UserName, was.Severity, was.Status, null));
        return [.. changes.OrderBy(c => c.Kind).ThenBy(c => c.CheckId, StringComparer.Ordinal).ThenBy(c => c.Resource, StringComparer.Ordinal)];
    }

    private static TrendChangeKind? Classify(TrendFindingStatus? before, TrendFindingStatus after) => (before, after) switch
    {
        (null, TrendFindingStatus.Fail) => TrendChangeKind.New,
        (TrendFindingStatus.Pass or TrendFindingStatus.Manual, TrendFindingStatus.Fail) => TrendChangeKind.Regressed,
        (TrendFindingStatus.Accepted, TrendFindingStatus.Fail) => TrendChangeKind.Reopened,
        (TrendFindingStatus.Fail or TrendFindingStatus.Accepted, TrendFindingStatus.Pass) => TrendChangeKind.Resolved,
        (not TrendFindingStatus.Accepted, TrendFindingStatus.Accepted) => TrendChangeKind.Accepted,
        _ => null,
    };

    /// <summary>
    /// Per check over snapshots in time order: a finding opens at the first snapshot that sees it failing and is resolved at
    /// the first later one where it passes or is gone; accepted keeps it open (accepting is not fixing).
    /// </summary>
    public static IReadOnlyList<RemediationTime> RemediationTimes(IEnumerable<(DateTimeOffset TakenAt, TrendState State)> snapshots)
    {
        var open = new Dictionary<string, (string CheckId, DateTimeOffset Since)>(StringComparer.Ordinal);
        var durations = new Dictionary<string, List<TimeSpan>>(StringComparer.Ordinal);
        foreach (var (takenAt, state) in snapshots.OrderBy(s => s.TakenAt))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var f in state.Findings)
            {
                seen.Add(f.Key);
                if (f.Status is TrendFindingStatus.Fail or TrendFindingStatus.Accepted) open.TryAdd(f.Key, (f.CheckId, takenAt));
                else if (f.Status is TrendFindingStatus.Pass && open.Remove(f.Key, out var o)) Add(durations, o.CheckId, takenAt - o.Since);
            }
            foreach (var gone in open.Where(o => !seen.Contains(o.Key)).ToList())
            {
                open.Remove(gone.Key);
                Add(durations, gone.Value.CheckId, takenAt - gone.Value.Since);
            }
        }
        var stillOpen = open.Values.GroupBy(o => o.CheckId).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return [.. durations.Keys.Union(stillOpen.Keys).Order(StringComparer.Ordinal).Select(check =>
        {
            var d = durations.GetValueOrDefault(check) ?? [];
            d.Sort();
            return new RemediationTime(check, d.Count,
                d.Count == 0 ? null : TimeSpan.FromTicks((long)d.Average(x => x.Ticks)),
                d.Count == 0 ? null : Median(d),
                d.Count == 0 ? null : d[^1],
                stillOpen.GetValueOrDefault(check));
        })];
    }

    private static TimeSpan Median(List<TimeSpan> sorted) => sorted.Count % 2 == 1
        ? sorted[sorted.Count / 2]
        : TimeSpan.FromTicks((sorted[sorted.Count / 2 - 1].Ticks + sorted[sorted.Count / 2].Ticks) / 2);

    private static void Add(Dictionary<string, List<TimeSpan>> d, string check, TimeSpan t)
    {
        if (!d.TryGetValue(check, out var list)) d[check] = list = [];
        list.Add(t);
    }
}
