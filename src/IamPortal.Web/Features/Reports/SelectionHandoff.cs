namespace IamPortal.Web.Features.Reports;

/// <summary>
/// Carries a set of users from a report to the users list's bulk actions in the query string (?select=a,b): survives a
/// reload and needs no per-circuit state. IAM user names may contain ',', so names are joined with '|', which IAM names
/// never contain ([\w+=,.@-]).
/// </summary>
public static class SelectionHandoff
{
    public const string Parameter = "select";

    public static string UsersUrl(IEnumerable<string> userNames) =>
        $"users?{Parameter}={Uri.EscapeDataString(string.Join('|', userNames))}";

    public static IReadOnlyList<string> Parse(string? value) =>
        string.IsNullOrEmpty(value) ? [] : value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
