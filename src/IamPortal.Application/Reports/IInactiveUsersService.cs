using IamPortal.Application.Commands;
using IamPortal.Application.Inventory;

namespace IamPortal.Application.Reports;

/// <summary>The dashboard's filters; null or empty means any. Tag filters match the tag's value case-insensitively.</summary>
public sealed record InactiveUsersFilter
{
    public string? Group { get; init; }
    public string? Path { get; init; }
    public string? Department { get; init; }
    public string? CostCenter { get; init; }
    public string? Owner { get; init; }
    public ActivityBucket? Bucket { get; init; }
    public AccessType? Access { get; init; }
}

/// <summary>One table row: the user's activity beside the inventory row it came from.</summary>
public sealed record InactiveUserRow(UserActivity Activity, UserInventoryRow User)
{
    public string? Tag(string key) => User.Tags.FirstOrDefault(t => string.Equals(t.Key, key, StringComparison.OrdinalIgnoreCase))?.Value;
}

/// <summary>The values the filters offer, taken from the whole account (not only the filtered rows).</summary>
public sealed record InactiveUsersFilterOptions(IReadOnlyList<string> Groups, IReadOnlyList<string> Paths,
    IReadOnlyList<string> Departments, IReadOnlyList<string> CostCenters, IReadOnlyList<string> Owners);

/// <summary>The dashboard: the summary over the filtered users, their rows (idlest first), the options and the data's freshness.</summary>
public sealed record InactiveUsersView(HygieneSummary Summary, IReadOnlyList<InactiveUserRow> Rows, int AccountUsers,
    InactiveUsersFilterOptions Options, CredentialReportFreshness Freshness, bool CanActOnUsers);

/// <summary>The inactive-user dashboard (ReadAudit): everything from the inventory, never a call per user.</summary>
public interface IInactiveUsersService
{
    Task<CommandResult<InactiveUsersView>> GetAsync(InactiveUsersFilter filter, CancellationToken ct = default);
    /// <summary>CSV of the filtered rows (audited, with the filter and the row count).</summary>
    Task<CommandResult<string>> ExportCsvAsync(InactiveUsersFilter filter, CancellationToken ct = default);
}
