using IamPortal.Application.Policies.Catalog;

namespace IamPortal.CatalogGenerator;

/// <summary>
/// Turns parsed pages into the catalogue: services sorted by prefix, actions by name. Two pages with one prefix
/// (AWS documents a few services on more than one page) are merged: the name of the page with the most actions, every action, type and key once.
/// </summary>
public static class CatalogBuilder
{
    public static IReadOnlyList<CatalogService> Build(IEnumerable<CatalogService> pages) =>
        [.. pages
            .GroupBy(p => p.Prefix, StringComparer.OrdinalIgnoreCase)
            .Select(Merge)
            .OrderBy(s => s.Prefix, StringComparer.Ordinal)];

    private static CatalogService Merge(IGrouping<string, CatalogService> group)
    {
        var pages = group.OrderByDescending(p => p.Actions.Count).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
        var first = pages[0];
        return new CatalogService(
            first.Prefix,
            first.Name,
            [.. pages.SelectMany(p => p.Actions).DistinctBy(a => a.Name, StringComparer.OrdinalIgnoreCase).OrderBy(a => a.Name, StringComparer.Ordinal)],
            [.. pages.SelectMany(p => p.ResourceTypes).DistinctBy(t => t.Name, StringComparer.Ordinal)],
            [.. pages.SelectMany(p => p.ConditionKeys).Distinct(StringComparer.Ordinal)]);
    }
}
