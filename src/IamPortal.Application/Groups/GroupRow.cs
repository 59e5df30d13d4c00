using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Groups;

/// <summary>
/// One row of the groups list, built from the inventory without a call per group. <see cref="AttachedPolicyQuota"/> is
/// the account's AttachedPoliciesPerGroupQuota (null when GetAccountSummary could not be read); <see cref="Risk"/> is
/// the highest severity of the group's permissions together (null when it could not be assessed).
/// </summary>
public sealed record GroupRow(
    string GroupName,
    string Path,
    string Arn,
    string GroupId,
    int MemberCount,
    int AttachedPolicyCount,
    int? AttachedPolicyQuota,
    int InlinePolicyCount,
    RiskSeverity? Risk,
    DateTimeOffset CreateDate)
{
    /// <summary>"3 / 10", or "3" when the quota is unknown.</summary>
    public string AttachedPoliciesText => AttachedPolicyQuota is { } q ? $"{AttachedPolicyCount} / {q}" : $"{AttachedPolicyCount}";

    public bool AtPolicyQuota => AttachedPolicyQuota is { } q && AttachedPolicyCount >= q;
}

public enum GroupSort { Name, Path, Members, AttachedPolicies, InlinePolicies, Risk, Created }

/// <summary>Which groups the list shows: a search over name, path and ARN, and filters.</summary>
public sealed record GroupQuery
{
    public string? Search { get; init; }
    /// <summary>True: only groups with members; false: only empty groups; null: both.</summary>
    public bool? HasMembers { get; init; }
    public bool OnlyWithInlinePolicies { get; init; }
    /// <summary>Only groups whose risk is at least this.</summary>
    public RiskSeverity? MinimumRisk { get; init; }
    public string? PathPrefix { get; init; }
    public GroupSort Sort { get; init; } = GroupSort.Name;
    public bool Descending { get; init; }
}

/// <summary>The filtered, sorted rows, how many groups the account has, and when the inventory was built.</summary>
public sealed record GroupListResult(IReadOnlyList<GroupRow> Items, int AccountGroupCount, DateTimeOffset InventoryBuiltAt, int? AttachedPolicyQuota, bool RiskAssessed);
