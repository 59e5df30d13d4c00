using IamPortal.Application.Inventory;
using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Users;

/// <summary>How a <see cref="ColumnFilter"/> compares a column with its value. Dates compare by UTC day.</summary>
public enum ColumnFilterOperator
{
    Contains,
    NotContains,
    StartsWith,
    EndsWith,
    Equal,
    NotEqual,
    /// <summary>Greater than; for dates, after.</summary>
    GreaterThan,
    GreaterThanOrEqual,
    /// <summary>Less than; for dates, before.</summary>
    LessThan,
    LessThanOrEqual,
    /// <summary>No value (null or empty text); needs no filter value.</summary>
    IsEmpty,
    IsNotEmpty,
}

/// <summary>A filter's value, typed like the column it filters.</summary>
public abstract record FilterValue
{
    public static FilterValue Text(string value) => new TextFilterValue(value);
    public static FilterValue Number(double value) => new NumberFilterValue(value);
    public static FilterValue Date(DateTimeOffset value) => new DateFilterValue(value);
    public static FilterValue Boolean(bool value) => new BooleanFilterValue(value);
    public static FilterValue Severity(RiskSeverity value) => new SeverityFilterValue(value);
}

public sealed record TextFilterValue(string Value) : FilterValue;
public sealed record NumberFilterValue(double Value) : FilterValue;
public sealed record DateFilterValue(DateTimeOffset Value) : FilterValue;
public sealed record BooleanFilterValue(bool Value) : FilterValue;
/// <summary>A risk severity; compared by level (None &lt; Low &lt; ... &lt; Critical).</summary>
public sealed record SeverityFilterValue(RiskSeverity Value) : FilterValue;

/// <summary>
/// A filter on one column of <see cref="UserInventoryRow"/> (by <see cref="UserColumns"/> name). Without a value only
/// <see cref="ColumnFilterOperator.IsEmpty"/> and <see cref="ColumnFilterOperator.IsNotEmpty"/> filter; any other
/// operator without a value yet keeps every row.
/// </summary>
public sealed record ColumnFilter(string Column, ColumnFilterOperator Operator, FilterValue? Value = null);
