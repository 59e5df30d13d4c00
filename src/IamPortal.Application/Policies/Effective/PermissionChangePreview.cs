using IamPortal.Application.Inventory;
using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Policies.Effective;

/// <summary>
/// Applies the changes to a copy of the affected identities' policies (the inventory is never touched), compares every
/// affected user's effective risk before and after, and counts for each risk added or removed how many users it reaches.
/// Users with the same sets before and after are analysed once.
/// </summary>
public sealed class PermissionChangePreview(IInventoryService inventory, IRiskAnalyzer analyzer, PolicyDocumentFetcher fetcher) : IPermissionChangePreview
{
    public async Task<ChangeImpact> PreviewAsync(IReadOnlyCollection<PermissionChange> changes, CancellationToken ct = default)
    {
        var snapshot = await inventory.GetAsync(ct);
        var fetched = await fetcher.MissingAsync(snapshot, changes.OfType<PermissionChange.AttachPolicy>().Select(c => c.PolicyArn), ct);
        var before = new PermissionModel(snapshot, fetched);
        var after = new PermissionModel(snapshot, fetched);
        foreach (var change in changes) after.Apply(change);

        var affected = changes.SelectMany(c => before.Affected(c).Concat(after.Affected(c)))
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var lines = Lines(affected, before, after);
        var entities = changes.Select(EntityOf).Distinct().ToList();
        var difference = Merge(entities.Select(e => Difference(e, before, after)));
        return new ChangeImpact(difference, lines, affected, ChangeImpactSummary.Sentence(lines, difference, entities.Select(e => e.ToString())));
    }

    private List<ImpactLine> Lines(IReadOnlyList<string> users, PermissionModel before, PermissionModel after)
    {
        var reports = new Dictionary<string, RiskReport>(StringComparer.Ordinal);
        var differences = new Dictionary<(string, string), RiskDifference>();
        var lines = new Dictionary<(string Key, bool Added), (RiskFinding Finding, int Users)>();
        foreach (var user in users)
        {
            var (b, a) = (before.UserSet(user), after.UserSet(user));
            if (b.Key == a.Key) continue;
            if (!differences.TryGetValue((b.Key, a.Key), out var difference))
                differences[(b.Key, a.Key)] = difference = analyzer.Compare(Report(b), Report(a));
            foreach (var (finding, added) in difference.Added.Select(f => (f, true)).Concat(difference.Removed.Select(f => (f, false))))
                lines[(finding.Key, added)] = lines.TryGetValue((finding.Key, added), out var line) ? (line.Finding, line.Users + 1) : (finding, 1);
        }
        return [.. lines.Select(l => new ImpactLine(l.Value.Finding, l.Key.Added, l.Value.Users))
            .OrderByDescending(l => l.Added).ThenByDescending(l => l.Finding.Severity).ThenByDescending(l => l.Finding.Confirmed).ThenByDescending(l => l.Users)];

        RiskReport Report(PolicySet set)
        {
            if (!reports.TryGetValue(set.Key, out var report)) reports[set.Key] = report = Analyze(set.Sources);
            return report;
        }
    }

    /// <summary>The thing a change is made to: the policy itself, the group, or the user (group membership changes the user).</summary>
    private static ChangedEntity EntityOf(PermissionChange change) => change switch
    {
        PermissionChange.ReplacePolicyDocument c => new(ChangedEntityKind.Policy, c.PolicyArn),
        PermissionChange.AttachPolicy c => ChangedEntity.Of(c.Target),
        PermissionChange.DetachPolicy c => ChangedEntity.Of(c.Target),
        PermissionChange.PutInlinePolicy c => ChangedEntity.Of(c.Target),
        PermissionChange.AddToGroup c => new(ChangedEntityKind.User, c.UserName),
        PermissionChange.RemoveFromGroup c => new(ChangedEntityKind.User, c.UserName),
        _ => throw new ArgumentOutOfRangeException(nameof(change), change, "Unknown permission change"),
    };

    private RiskDifference Difference(ChangedEntity entity, PermissionModel before, PermissionModel after) => entity.Kind switch
    {
        ChangedEntityKind.Policy => analyzer.Compare(AnalyzeOne(before.Policy(entity.Name)), AnalyzeOne(after.Policy(entity.Name))),
        ChangedEntityKind.Group => analyzer.Compare(Analyze(before.GroupSet(entity.Name).Sources), Analyze(after.GroupSet(entity.Name).Sources)),
        _ => analyzer.Compare(Analyze(before.UserSet(entity.Name).Sources), Analyze(after.UserSet(entity.Name).Sources)),
    };

    private RiskReport AnalyzeOne(PolicySource? policy) => policy is null ? RiskReport.Empty : analyzer.Analyze(policy);

    private RiskReport Analyze(IReadOnlyList<PolicySource> sources) => sources.Count == 0 ? RiskReport.Empty : analyzer.AnalyzeTogether(sources);

    private static RiskDifference Merge(IEnumerable<RiskDifference> differences)
    {
        var all = differences.ToList();
        return new RiskDifference([.. all.SelectMany(d => d.Added).DistinctBy(f => f.Key)], [.. all.SelectMany(d => d.Removed).DistinctBy(f => f.Key)]);
    }
}
