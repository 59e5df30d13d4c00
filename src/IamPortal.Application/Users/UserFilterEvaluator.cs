using System.Globalization;
using IamPortal.Application.Inventory;

namespace IamPortal.Application.Users;

/// <summary>Evaluates column filters and the quick search over inventory rows.</summary>
public static class UserFilterEvaluator
{
    public static Func<UserInventoryRow, bool> Compile(ColumnFilter filter)
    {
        var column = UserColumns.Get(filter.Column);
        var op = filter.Operator;
        if (op == ColumnFilterOperator.IsEmpty) return r => IsEmpty(column.Read(r));
        if (op == ColumnFilterOperator.IsNotEmpty) return r => !IsEmpty(column.Read(r));
        return (column.Kind, filter.Value) switch
        {
            (_, null) or (ColumnKind.Text, TextFilterValue { Value.Length: 0 }) => _ => true, // an operator without a value yet filters nothing
            (ColumnKind.Text, TextFilterValue text) => Text(column, op, text.Value),
            (ColumnKind.Number, NumberFilterValue number) => Number(column, op, number.Value),
            (ColumnKind.Date, DateFilterValue date) => Date(column, op, date.Value),
            (ColumnKind.Boolean, BooleanFilterValue boolean) => Boolean(column, op, boolean.Value),
            (ColumnKind.Severity, SeverityFilterValue severity) => Severity(column, op, severity.Value),
            _ => throw new ArgumentException($"The column '{column.Title}' is not filtered by a value like {filter.Value}."),
        };
    }

    public static bool MatchesSearch(UserInventoryRow row, string term) =>
        Contains(row.UserName, term) || Contains(row.Path, term) || Contains(row.GroupsText, term) || Contains(row.Arn, term)
        || row.Tags.Any(t => Contains(t.Key, term) || Contains(t.Value, term));

    private static Func<UserInventoryRow, bool> Text(UserColumn c, ColumnFilterOperator op, string value) => op switch
    {
        ColumnFilterOperator.Contains => r => Contains(c.Read(r) as string, value),
        ColumnFilterOperator.NotContains => r => !Contains(c.Read(r) as string, value),
        ColumnFilterOperator.Equal => r => string.Equals(c.Read(r) as string, value, StringComparison.OrdinalIgnoreCase),
        ColumnFilterOperator.NotEqual => r => !string.Equals(c.Read(r) as string, value, StringComparison.OrdinalIgnoreCase),
        ColumnFilterOperator.StartsWith => r => (c.Read(r) as string ?? "").StartsWith(value, StringComparison.OrdinalIgnoreCase),
        ColumnFilterOperator.EndsWith => r => (c.Read(r) as string ?? "").EndsWith(value, StringComparison.OrdinalIgnoreCase),
        _ => throw Unsupported(c, op),
    };

    private static Func<UserInventoryRow, bool> Number(UserColumn c, ColumnFilterOperator op, double value)
    {
        var test = Compare<double>(c, op, value);
        return r => c.Read(r) is { } v && test(Convert.ToDouble(v, CultureInfo.InvariantCulture));
    }

    private static Func<UserInventoryRow, bool> Date(UserColumn c, ColumnFilterOperator op, DateTimeOffset value)
    {
        var test = Compare(c, op, value.UtcDateTime.Date);
        return r => c.Read(r) is DateTimeOffset d && test(d.UtcDateTime.Date);
    }

    private static Func<UserInventoryRow, bool> Severity(UserColumn c, ColumnFilterOperator op, Policies.Analysis.RiskSeverity value)
    {
        var test = Compare(c, op, (int)value);
        return r => c.Read(r) is Policies.Analysis.RiskSeverity s && test((int)s);
    }

    private static Func<UserInventoryRow, bool> Boolean(UserColumn c, ColumnFilterOperator op, bool value) => op switch
    {
        ColumnFilterOperator.Equal => r => c.Read(r) is bool b && b == value,
        ColumnFilterOperator.NotEqual => r => c.Read(r) is bool b && b != value,
        _ => throw Unsupported(c, op),
    };

    private static Func<T, bool> Compare<T>(UserColumn c, ColumnFilterOperator op, T value) where T : IComparable<T> => op switch
    {
        ColumnFilterOperator.Equal => v => v.CompareTo(value) == 0,
        ColumnFilterOperator.NotEqual => v => v.CompareTo(value) != 0,
        ColumnFilterOperator.GreaterThan => v => v.CompareTo(value) > 0,
        ColumnFilterOperator.GreaterThanOrEqual => v => v.CompareTo(value) >= 0,
        ColumnFilterOperator.LessThan => v => v.CompareTo(value) < 0,
        ColumnFilterOperator.LessThanOrEqual => v => v.CompareTo(value) <= 0,
        _ => throw Unsupported(c, op),
    };

    private static bool Contains(string? haystack, string needle) =>
        haystack?.Contains(needle, StringComparison.OrdinalIgnoreCase) == true;

    private static bool IsEmpty(object? value) => value is null || value is string s && s.Length == 0;

    private static ArgumentException Unsupported(UserColumn c, ColumnFilterOperator op) =>
        new($"The filter '{op}' does not apply to the column '{c.Title}'.");
}
