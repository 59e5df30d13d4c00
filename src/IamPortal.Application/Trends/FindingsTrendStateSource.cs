using IamPortal.Application.Findings;
using IamPortal.Application.Inventory;

namespace IamPortal.Application.Trends;

/// <summary>
/// The hygiene state a snapshot keeps: the summary numbers from the inventory (<see cref="InventoryTrendStateSource"/>)
/// and every finding of the findings engine with its status, accepted risks counted as Accepted (ADR 0023). The checks
/// read the inventory given and the cached account settings; the acceptances come from the portal's database.
/// </summary>
public sealed class FindingsTrendStateSource(InventoryTrendStateSource inventorySource, FindingsEngine findings) : ITrendStateSource
{
    public async Task<TrendState> ReadAsync(InventorySnapshot inventory, CancellationToken ct = default)
    {
        var basis = await inventorySource.ReadAsync(inventory, ct);
        var report = await findings.EvaluateAsync(inventory, ct);
        var severities = report.Checks.ToDictionary(c => c.Definition.Id, c => c.Definition.Severity.ToString(), StringComparer.Ordinal);
        var items = report.Results
            .Select(r => new TrendFinding(r.CheckId, $"{r.ResourceType.ToString().ToLowerInvariant()}/{r.ResourceName}", UserOf(r),
                severities.GetValueOrDefault(r.CheckId, "Unknown"), Map(r.Status)))
            .GroupBy(f => f.Key, StringComparer.Ordinal).Select(g => g.First())
            .ToList();
        var failing = items.Where(f => f.IsOpen).ToList();
        var summary = basis.Summary with
        {
            FailingBySeverity = failing.GroupBy(f => f.Severity).ToDictionary(g => g.Key, g => g.Count()),
            FailingByCheck = failing.GroupBy(f => f.CheckId).ToDictionary(g => g.Key, g => g.Count()),
        };
        return new TrendState(summary, items);
    }

    private static string? UserOf(FindingResult r) =>
        r.ResourceType == FindingResourceType.User ? r.ResourceName.Split(" / ", 2)[0] : null;

    private static TrendFindingStatus Map(FindingStatus status) => status switch
    {
        FindingStatus.Fail => TrendFindingStatus.Fail,
        FindingStatus.Accepted => TrendFindingStatus.Accepted,
        FindingStatus.Manual => TrendFindingStatus.Manual,
        _ => TrendFindingStatus.Pass,
    };
}
