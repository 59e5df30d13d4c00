using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Groups;

/// <summary>
/// Groups from the inventory: members counted from the users' group lists, policies from the group details, the
/// attached-policies quota from GetAccountSummary (cached per account), the risk from the identity risk engine.
/// </summary>
public sealed class GroupQueryService(
    IOperatorContext operatorContext,
    IInventoryService inventory,
    IAccountQuotas quotas,
    GroupRisk risk,
    IIamAccountApi iamAccount) : IGroupQueryService
{
    public async Task<GroupListResult> ListAsync(GroupQuery query, CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("list groups");
        var snapshot = await inventory.GetAsync(ct);
        var quota = await quotas.CachedAsync(QuotaKeys.AttachedPoliciesPerGroup, ct);
        var members = MemberCounts(snapshot);
        var rows = new List<GroupRow>(snapshot.Groups.Count);
        foreach (var g in snapshot.Groups)
        {
            var report = await risk.ForGroupAsync(g.Group.GroupName, ct);
            rows.Add(new GroupRow(g.Group.GroupName, g.Group.Path, g.Group.Arn, g.Group.GroupId, members.GetValueOrDefault(g.Group.GroupName),
                g.AttachedManagedPolicies.Count, quota, g.InlinePolicies.Count, report?.Highest, g.Group.CreateDate));
        }
        return new GroupListResult(GroupListFilter.Apply(rows, query), snapshot.Groups.Count, snapshot.BuiltAt, quota, risk.Available);
    }

    public async Task<string> ExportCsvAsync(GroupQuery query, CancellationToken ct = default) =>
        GroupCsvExporter.Write((await ListAsync(query, ct)).Items);

    public async Task<GroupDetail?> GetAsync(string groupName, CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("read a group");
        var snapshot = await inventory.GetAsync(ct);
        var detail = snapshot.FindGroup(groupName);
        if (detail is null) return null;
        var name = detail.Group.GroupName;
        var members = snapshot.MembersOf(name)
            .Select(u => new GroupMember(u.UserName, u.Arn, u.Path, u.MfaActive, u.PasswordEnabled, u.LastActivity, u.Groups.Count))
            .ToList();
        return new GroupDetail(detail.Group, members, detail.AttachedManagedPolicies, detail.InlinePolicies,
            await quotas.CachedAsync(QuotaKeys.AttachedPoliciesPerGroup, ct), await risk.ForGroupAsync(name, ct), snapshot.BuiltAt);
    }

    public async Task<string> StartAccessAdvisorAsync(string groupName, CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("generate Access Advisor details");
        var snapshot = await inventory.GetAsync(ct);
        var group = snapshot.FindGroup(groupName) ?? throw new NoSuchEntityException($"The group with name {groupName} cannot be found.");
        return await iamAccount.GenerateServiceLastAccessedDetailsAsync(group.Group.Arn, AccessAdvisorGranularity.ServiceLevel, ct);
    }

    public async Task<GroupAccessReport> GetAccessAdvisorAsync(string jobId, CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("read Access Advisor details");
        var report = await iamAccount.GetServiceLastAccessedDetailsAsync(jobId, ct);
        var services = report.Services
            .Select(s => new GroupServiceAccess(s.ServiceName, s.ServiceNamespace, s.LastAuthenticated, UserNameOf(s.LastAuthenticatedEntity),
                s.TotalAuthenticatedEntities))
            .OrderByDescending(s => s.LastAuthenticated.HasValue).ThenByDescending(s => s.LastAuthenticated).ThenBy(s => s.ServiceName, StringComparer.Ordinal)
            .ToList();
        return new GroupAccessReport(jobId, report.Status, services, report.Error);
    }

    /// <summary>"arn:aws:iam::123:user/eng/alice" → "alice"; anything else stays as IAM gave it.</summary>
    internal static string? UserNameOf(string? entityArn)
    {
        if (entityArn is null) return null;
        var at = entityArn.IndexOf(":user/", StringComparison.Ordinal);
        return at < 0 ? entityArn : entityArn[(entityArn.LastIndexOf('/') + 1)..];
    }

    private static Dictionary<string, int> MemberCounts(InventorySnapshot snapshot)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var user in snapshot.Users)
            foreach (var g in user.Groups) counts[g] = counts.GetValueOrDefault(g) + 1;
        return counts;
    }
}
