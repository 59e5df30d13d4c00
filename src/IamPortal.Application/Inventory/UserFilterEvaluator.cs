using System.Globalization;

namespace IamPortal.Application.Inventory;

/// <summary>Evaluates grid filters (MudBlazor's FilterOperator words) and the quick search over inventory rows.</summary>
public static class UserFilterEvaluator
{
    public static Func<UserInventoryRow, bool> Compile(ColumnFilter filter)
    {
        var column = UserColumns.Get(filter.Column);
        var op = filter.Operator.Trim().ToLowerInvariant();
        if (op == "is empty") return r => IsEmpty(column.Read(r));
        if (op == "is not empty") return r => !IsEmpty(column.Read(r));
        if (string.IsNullOrEmpty(filter.Value)) return _ => true; // an operator without a value yet filters nothing
        return column.Kind switch
        {
            ColumnKind.Text => Text(column, op, filter.Value),
            ColumnKind.Number => Number(column, op, ParseNumber(filter.Value)),
            ColumnKind.Date => Date(column, op, ParseDate(filter.Value)),
            ColumnKind.Boolean => Boolean(column, op, ParseBool(filter.Value)),
            _ => throw new ArgumentOutOfRangeException(nameof(filter)),
        };
    }

    public static bool MatchesSearch(UserInventoryRow row, string term) =>
        Contains(row.UserName, term) || Contains(row.Path, term) || Contains(row.GroupsText, term) || Contains(row.Arn, term)
        || row.Tags.Any(t => Contains(t.Key, term) || Contains(t.Value, term));

    private static Func<UserInventoryRow, bool> Text(UserColumn c, string op, string value) => op switch
    {
        "contains" => r => Contains(c.Read(r) as string, value),
        "not contains" => r => !Contains(c.Read(r) as string, value),
        "equals" or "is" or "=" => r => string.Equals(c.Read(r) as string, value, StringComparison.OrdinalIgnoreCase),
        "not equals" or "is not" or "!=" => r => !string.Equals(c.Read(r) as string, value, StringComparison.OrdinalIgnoreCase),
        "starts with" => r => (c.Read(r) as string ?? "").StartsWith(value, StringComparison.OrdinalIgnoreCase),
        "ends with" => r => (c.Read(r) as string ?? "").EndsWith(value, StringComparison.OrdinalIgnoreCase),
        _ => throw Unsupported(c, op),
    };

    private static Func<UserInventoryRow, bool> Number(UserColumn c, string op, double value)
    {
        Func<double, bool> test = op switch
        {
            "=" or "equals" or "is" => v => v == value,
            "!=" or "not equals" or "is not" => v => v != value,
            ">" => v => v > value,
            ">=" => v => v >= value,
            "<" => v => v < value,
            "<=" => v => v <= value,
            _ => throw Unsupported(c, op),
        };
        return r => c.Read(r) is { } v && test(Convert.ToDouble(v, CultureInfo.InvariantCulture));
    }

    private static Func<UserInventoryRow, bool> Date(UserColumn c, string op, DateTimeOffset value)
    {
        var day = value.UtcDateTime.Date;
        Func<DateTime, bool> test = op switch
        {
            "is" or "=" or "equals" => d => d.Date == day,
            "is not" or "!=" or "not equals" => d => d.Date != day,
            "is after" or ">" => d => d.Date > day,
            "is on or after" or ">=" => d => d.Date >= day,
            "is before" or "<" => d => d.Date < day,
            "is on or before" or "<=" => d => d.Date <= day,
            _ => throw Unsupported(c, op),
        };
        return r => c.Read(r) is DateTimeOffset d && test(d.UtcDateTime);
    }

    private static Func<UserInventoryRow, bool> Boolean(UserColumn c, string op, bool value) => op switch
    {
        "is" or "equals" or "=" => r => c.Read(r) is bool b && b == value,
        "is not" or "not equals" or "!=" => r => c.Read(r) is bool b && b != value,
        _ => throw Unsupported(c, op),
    };

    private static bool Contains(string? haystack, string needle) =>
        haystack?.Contains(needle, StringComparison.OrdinalIgnoreCase) == true;

    private static bool IsEmpty(object? value) => value is null || value is string s && s.Length == 0;

    private static double ParseNumber(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d : throw new ArgumentException($"'{value}' is not a number.");

    private static DateTimeOffset ParseDate(string value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d)
            ? d : throw new ArgumentException($"'{value}' is not a date.");

    private static bool ParseBool(string value) =>
        bool.TryParse(value, out var b) ? b : throw new ArgumentException($"'{value}' is not true or false.");

    private static ArgumentException Unsupported(UserColumn c, string op) =>
        new($"The filter '{op}' does not apply to the column '{c.Title}'.");
}
