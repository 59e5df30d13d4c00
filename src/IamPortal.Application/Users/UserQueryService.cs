using IamPortal.Application.Operators;
using IamPortal.Application.Inventory;
using IamPortal.Application.Policies.Analysis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace IamPortal.Application.Users;

/// <summary>
/// Search, filter, sort and page the users of the inventory snapshot (server-side for the grid). The rows returned carry
/// their effective risk (<see cref="UserInventoryRow.Risk"/>); every row does when the query sorts or filters by it. When the
/// risk cannot be computed the rows come without it: the list never fails for it.
/// </summary>
public sealed class UserQueryService(IInventoryService inventory, IOperatorContext operatorContext, IIdentityRiskService? risk = null,
    ILogger<UserQueryService>? logger = null) : IUserQueryService
{
    public const int MaxPageSize = 1000;

    public async Task<UserQueryResult> QueryAsync(UserQuery query, CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("list users");
        var snapshot = await inventory.GetAsync(ct);
        var severities = await SeveritiesAsync(ct);
        var byRisk = query.Sort.Any(s => IsRisk(s.Column)) || query.Filters.Any(f => IsRisk(f.Column));
        var rows = Apply(byRisk ? WithRisk(snapshot.Users, severities) : snapshot.Users, query);
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = rows.Skip(Math.Max(0, query.Page) * size).Take(size).ToList();
        return new UserQueryResult(byRisk ? page : WithRisk(page, severities), rows.Count, snapshot.Users.Count, snapshot.BuiltAt);
    }

    public async Task<string> ExportCsvAsync(UserQuery query, CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("export users");
        var snapshot = await inventory.GetAsync(ct);
        return UserCsvExporter.Write(Apply(WithRisk(snapshot.Users, await SeveritiesAsync(ct)), query));
    }

    private static bool IsRisk(string column) => string.Equals(column, nameof(UserInventoryRow.Risk), StringComparison.OrdinalIgnoreCase);

    private async Task<IReadOnlyDictionary<string, RiskSeverity>?> SeveritiesAsync(CancellationToken ct)
    {
        if (risk is null) return null;
        try { return await risk.UserSeveritiesAsync(ct); }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            (logger ?? (ILogger)NullLogger.Instance).LogWarning(e, "The users' effective risk could not be computed; the list shows them without it");
            return null;
        }
    }

    private static IReadOnlyList<UserInventoryRow> WithRisk(IReadOnlyList<UserInventoryRow> rows, IReadOnlyDictionary<string, RiskSeverity>? severities) =>
        severities is null ? rows : [.. rows.Select(r => severities.TryGetValue(r.UserName, out var s) ? r with { Risk = s } : r)];

    /// <summary>The rows a query keeps, in its order (paging not applied).</summary>
    public static IReadOnlyList<UserInventoryRow> Apply(IReadOnlyList<UserInventoryRow> users, UserQuery query)
    {
        IEnumerable<UserInventoryRow> rows = users;
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            rows = rows.Where(r => UserFilterEvaluator.MatchesSearch(r, term));
        }
        foreach (var filter in query.Filters)
            rows = rows.Where(UserFilterEvaluator.Compile(filter));
        return Sort(rows, query.Sort).ToList();
    }

    private static IEnumerable<UserInventoryRow> Sort(IEnumerable<UserInventoryRow> rows, IReadOnlyList<SortSpec> sort)
    {
        if (sort.Count == 0) return rows; // the snapshot is already ordered by user name
        IOrderedEnumerable<UserInventoryRow>? ordered = null;
        foreach (var spec in sort)
        {
            var column = UserColumns.Get(spec.Column);
            ordered = ordered is null
                ? spec.Descending ? rows.OrderByDescending(column.Read, ValueComparer.Instance) : rows.OrderBy(column.Read, ValueComparer.Instance)
                : spec.Descending ? ordered.ThenByDescending(column.Read, ValueComparer.Instance) : ordered.ThenBy(column.Read, ValueComparer.Instance);
        }
        return ordered!.ThenBy(r => r.UserName, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Nulls first ascending (like the console); text compares case-insensitively.</summary>
    private sealed class ValueComparer : IComparer<object?>
    {
        public static readonly ValueComparer Instance = new();

        public int Compare(object? x, object? y) => (x, y) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            (string a, string b) => StringComparer.OrdinalIgnoreCase.Compare(a, b),
            (IComparable a, _) => a.CompareTo(y),
            _ => 0,
        };
    }
}
