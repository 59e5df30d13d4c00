using IamPortal.Application.Inventory;
using IamPortal.Web.Components.Shared;
using MudBlazor;
using IamPortal.Application.Users;

namespace IamPortal.Web.Features.Users;

/// <summary>Translates the grid's state (page, sort, column filters) and the quick search into a <see cref="UserQuery"/>.</summary>
public static class UserGridQuery
{
    public static UserQuery From(GridState<UserInventoryRow> state, string? search) => new()
    {
        Search = string.IsNullOrWhiteSpace(search) ? null : InputLimits.Cap(search.Trim(), InputLimits.Search),
        Page = state.Page,
        PageSize = state.PageSize,
        Sort = state.SortDefinitions
            .OrderBy(s => s.Index)
            .Select(s => new SortSpec(s.SortBy, s.Descending))
            .ToList(),
        Filters = Filters(state.FilterDefinitions),
    };

    /// <summary>Only complete filters: a column, an operator, and a value unless the operator needs none ("is empty").</summary>
    public static IReadOnlyList<ColumnFilter> Filters(IEnumerable<IFilterDefinition<UserInventoryRow>> definitions) => definitions
        .Where(f => !string.IsNullOrEmpty(f.Column?.PropertyName) && !string.IsNullOrEmpty(f.Operator))
        .Select(f => new ColumnFilter(f.Column!.PropertyName!, GridFilterWords.ToOperator(f.Operator!), GridFilterWords.ToValue(f.Value)))
        .Where(f => f.Value is not null || f.Operator is ColumnFilterOperator.IsEmpty or ColumnFilterOperator.IsNotEmpty)
        .ToList();

    /// <summary>Operators that need no value ("is empty", "is not empty").</summary>
    public static bool IsValueless(string? op) =>
        op is not null && GridFilterWords.TryOperator(op, out var mapped) && mapped is ColumnFilterOperator.IsEmpty or ColumnFilterOperator.IsNotEmpty;
}
