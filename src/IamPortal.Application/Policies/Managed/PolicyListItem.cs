using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Policies.Managed;

/// <summary>Which policies the list shows.</summary>
public enum PolicyScopeFilter { All, AwsManaged, CustomerManaged }

/// <summary>The list's filters: scope, only policies attached to something, and a search over name, ARN and description.</summary>
public sealed record PolicyListQuery(PolicyScopeFilter Scope = PolicyScopeFilter.All, bool AttachedOnly = false, string? Search = null);

/// <summary>
/// One row of the policies list. <see cref="Risk"/> is the highest severity of the default version's risk findings, or
/// null when it was not analysed (an AWS managed policy attached to nothing: its document is read on its own page).
/// </summary>
public sealed record PolicyListItem(
    string PolicyName,
    string Arn,
    string Path,
    bool IsAwsManaged,
    int AttachmentCount,
    string DefaultVersionId,
    string? Description,
    DateTimeOffset UpdateDate,
    RiskSeverity? Risk);

/// <summary>The list: its rows, and a read that failed (the AWS managed list) said in plain words while the rest shows.</summary>
public sealed record PolicyList(IReadOnlyList<PolicyListItem> Items, string? AwsManagedError)
{
    public static IReadOnlyList<PolicyListItem> Filter(IEnumerable<PolicyListItem> items, PolicyListQuery query)
    {
        var search = query.Search?.Trim();
        return items
            .Where(p => query.Scope switch
            {
                PolicyScopeFilter.AwsManaged => p.IsAwsManaged,
                PolicyScopeFilter.CustomerManaged => !p.IsAwsManaged,
                _ => true,
            })
            .Where(p => !query.AttachedOnly || p.AttachmentCount > 0)
            .Where(p => string.IsNullOrEmpty(search)
                        || p.PolicyName.Contains(search, StringComparison.OrdinalIgnoreCase)
                        || p.Arn.Contains(search, StringComparison.OrdinalIgnoreCase)
                        || (p.Description?.Contains(search, StringComparison.OrdinalIgnoreCase) ?? false))
            .OrderBy(p => p.IsAwsManaged)
            .ThenBy(p => p.PolicyName, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
