namespace IamPortal.Application.Groups;

/// <summary>Applies a <see cref="GroupQuery"/> to rows: search (name, path, ARN; case-insensitive), filters, sort.</summary>
public static class GroupListFilter
{
    public static IReadOnlyList<GroupRow> Apply(IEnumerable<GroupRow> rows, GroupQuery query)
    {
        var search = query.Search?.Trim();
        if (!string.IsNullOrEmpty(search))
            rows = rows.Where(r => r.GroupName.Contains(search, StringComparison.OrdinalIgnoreCase)
                                   || r.Path.Contains(search, StringComparison.OrdinalIgnoreCase)
                                   || r.Arn.Contains(search, StringComparison.OrdinalIgnoreCase));
        if (query.HasMembers is { } hasMembers) rows = rows.Where(r => (r.MemberCount > 0) == hasMembers);
        if (query.OnlyWithInlinePolicies) rows = rows.Where(r => r.InlinePolicyCount > 0);
        if (query.MinimumRisk is { } min) rows = rows.Where(r => r.Risk is { } risk && risk >= min);
        if (!string.IsNullOrEmpty(query.PathPrefix)) rows = rows.Where(r => r.Path.StartsWith(query.PathPrefix, StringComparison.Ordinal));
        Func<GroupRow, object?> key = query.Sort switch
        {
            GroupSort.Path => r => r.Path,
            GroupSort.Members => r => r.MemberCount,
            GroupSort.AttachedPolicies => r => r.AttachedPolicyCount,
            GroupSort.InlinePolicies => r => r.InlinePolicyCount,
            GroupSort.Risk => r => r.Risk is { } risk ? (int)risk : -1,
            GroupSort.Created => r => r.CreateDate,
            _ => r => r.GroupName.ToLowerInvariant(),
        };
        var sorted = query.Descending ? rows.OrderByDescending(key) : rows.OrderBy(key);
        return sorted.ThenBy(r => r.GroupName, StringComparer.OrdinalIgnoreCase).ToList();
    }
}
