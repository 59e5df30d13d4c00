using IamPortal.Application.Inventory;

namespace IamPortal.Application.Users;

public sealed record SortSpec(string Column, bool Descending);

public sealed record UserQuery
{
    public string? Search { get; init; }
    public IReadOnlyList<ColumnFilter> Filters { get; init; } = [];
    public IReadOnlyList<SortSpec> Sort { get; init; } = [];
    public int Page { get; init; }
    public int PageSize { get; init; } = 25;
}

public sealed record UserQueryResult(IReadOnlyList<UserInventoryRow> Items, int TotalCount, int AccountUserCount, DateTimeOffset InventoryBuiltAt);
