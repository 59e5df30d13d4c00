using System.Globalization;
using IamPortal.Application.Inventory;
using MudBlazor;
using IamPortal.Application.Users;

namespace IamPortal.Web.Features.Users;

/// <summary>
/// MudBlazor's filter words (<see cref="FilterOperator"/>: "contains", "=", "is after", ...) and its filter values
/// (string, number, <see cref="DateTime"/>, bool) mapped to the Application's <see cref="ColumnFilter"/> terms.
/// </summary>
public static class GridFilterWords
{
    private static readonly Dictionary<string, ColumnFilterOperator> Operators = new(StringComparer.OrdinalIgnoreCase)
    {
        [FilterOperator.String.Contains] = ColumnFilterOperator.Contains,
        [FilterOperator.String.NotContains] = ColumnFilterOperator.NotContains,
        [FilterOperator.String.StartsWith] = ColumnFilterOperator.StartsWith,
        [FilterOperator.String.EndsWith] = ColumnFilterOperator.EndsWith,
        [FilterOperator.String.Equal] = ColumnFilterOperator.Equal,
        [FilterOperator.String.NotEqual] = ColumnFilterOperator.NotEqual,
        [FilterOperator.String.Empty] = ColumnFilterOperator.IsEmpty,
        [FilterOperator.String.NotEmpty] = ColumnFilterOperator.IsNotEmpty,
        [FilterOperator.Number.Equal] = ColumnFilterOperator.Equal,
        [FilterOperator.Number.NotEqual] = ColumnFilterOperator.NotEqual,
        [FilterOperator.Number.GreaterThan] = ColumnFilterOperator.GreaterThan,
        [FilterOperator.Number.GreaterThanOrEqual] = ColumnFilterOperator.GreaterThanOrEqual,
        [FilterOperator.Number.LessThan] = ColumnFilterOperator.LessThan,
        [FilterOperator.Number.LessThanOrEqual] = ColumnFilterOperator.LessThanOrEqual,
        [FilterOperator.DateTime.Is] = ColumnFilterOperator.Equal,
        [FilterOperator.DateTime.IsNot] = ColumnFilterOperator.NotEqual,
        [FilterOperator.DateTime.After] = ColumnFilterOperator.GreaterThan,
        [FilterOperator.DateTime.OnOrAfter] = ColumnFilterOperator.GreaterThanOrEqual,
        [FilterOperator.DateTime.Before] = ColumnFilterOperator.LessThan,
        [FilterOperator.DateTime.OnOrBefore] = ColumnFilterOperator.LessThanOrEqual,
        [FilterOperator.Boolean.Is] = ColumnFilterOperator.Equal,
        // MudBlazor spells "is empty" and "is not empty" the same for every type.
        [FilterOperator.Number.Empty] = ColumnFilterOperator.IsEmpty,
        [FilterOperator.Number.NotEmpty] = ColumnFilterOperator.IsNotEmpty,
        [FilterOperator.DateTime.Empty] = ColumnFilterOperator.IsEmpty,
        [FilterOperator.DateTime.NotEmpty] = ColumnFilterOperator.IsNotEmpty,
    };

    public static bool TryOperator(string word, out ColumnFilterOperator op) => Operators.TryGetValue(word.Trim(), out op);

    /// <summary>The Application's operator for a MudBlazor word; a word it does not know is refused with that word.</summary>
    public static ColumnFilterOperator ToOperator(string word) =>
        TryOperator(word, out var op) ? op : throw new ArgumentException($"The filter '{word}' is not supported.");

    /// <summary>The typed value of a filter; null (and empty text) while the operator still waits for one.</summary>
    public static FilterValue? ToValue(object? value) => value switch
    {
        null or "" => null,
        string s => FilterValue.Text(s),
        bool b => FilterValue.Boolean(b),
        DateTime d => FilterValue.Date(new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc))),
        DateTimeOffset d => FilterValue.Date(d),
        Application.Policies.Analysis.RiskSeverity s => FilterValue.Severity(s),
        byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal =>
            FilterValue.Number(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        _ => throw new ArgumentException($"The filter value '{value}' is not text, a number, a date or true/false."),
    };
}
