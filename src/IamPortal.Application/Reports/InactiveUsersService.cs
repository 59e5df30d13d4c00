using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Csv;
using IamPortal.Application.Guardrails;
using IamPortal.Application.Inventory;
using IamPortal.Application.Operators;
using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Reports;

public sealed class InactiveUsersService(
    IOperatorContext operatorContext,
    IAuditedOperations audited,
    IInventoryService inventory,
    IGuardrailsService guardrails,
    IIdentityRiskService risk,
    TimeProvider time) : IInactiveUsersService
{
    public const string CostCenterTag = "CostCenter";
    public const string OwnerTag = "Owner";

    public static readonly IReadOnlyList<string> CsvHeaders =
    [
        "user", "path", "access", "bucket", "last_activity", "judged_since", "days_idle", "inactive", "mfa", "groups",
        "department", "cost_center", "owner",
    ];

    public Task<CommandResult<InactiveUsersView>> GetAsync(InactiveUsersFilter filter, CancellationToken ct = default) =>
        CommandResult.CaptureAsync(async () =>
        {
            operatorContext.Ensure(Permission.ReadAudit, "read the inactive-user dashboard");
            return await BuildAsync(filter, ct);
        });

    public async Task<CommandResult<string>> ExportCsvAsync(InactiveUsersFilter filter, CancellationToken ct = default)
    {
        try
        {
            await audited.DemandAsync(Permission.ReadAudit, AuditActions.ExportInactiveUsers, "inactive-users", ct);
            var view = await BuildAsync(filter, ct);
            var parameters = new Dictionary<string, object?>
            {
                ["group"] = filter.Group, ["path"] = filter.Path, ["department"] = filter.Department, ["costCenter"] = filter.CostCenter,
                ["owner"] = filter.Owner, ["bucket"] = filter.Bucket?.ToString(), ["access"] = filter.Access?.ToString(), ["rows"] = view.Rows.Count,
            };
            return await audited.RunAsync(Permission.ReadAudit, AuditActions.ExportInactiveUsers, "inactive-users", parameters,
                _ => Task.FromResult(CommandResult.Ok(ToCsv(view.Rows))), ct);
        }
        catch (Exception e) when (CommandResult.IsExpected(e))
        {
            return CommandResult.From<string>(e);
        }
    }

    public static string ToCsv(IEnumerable<InactiveUserRow> rows) => CsvExport.Write(CsvHeaders, rows, r => new object?[]
    {
        r.User.UserName, r.User.Path, r.Activity.Access.Label(), r.Activity.Bucket.Label(), r.Activity.LastActivity, r.Activity.JudgedSince,
        r.Activity.DaysIdle, r.Activity.IsInactive, r.User.MfaActive, r.User.GroupsText, r.Tag(HygieneSummaryCalculator.DepartmentTag),
        r.Tag(CostCenterTag), r.Tag(OwnerTag),
    });

    private async Task<InactiveUsersView> BuildAsync(InactiveUsersFilter filter, CancellationToken ct)
    {
        var snapshot = await inventory.GetAsync(ct);
        var rules = await guardrails.GetAsync(ct);
        var thresholds = ActivityThresholds.From(rules);
        var now = time.GetUtcNow();
        var severities = await SeveritiesAsync(ct);
        var rows = snapshot.Users
            .Select(u => new InactiveUserRow(UserActivityClassifier.Classify(u, now, thresholds), u))
            .Where(r => Matches(r, filter))
            .OrderByDescending(r => r.Activity.IsInactive).ThenByDescending(r => r.Activity.DaysIdle).ThenBy(r => r.User.UserName, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var summary = HygieneSummaryCalculator.Compute(rows.Select(r => r.User).ToList(), snapshot.CredentialReportGeneratedAt, now, thresholds,
            rules.AccessKeyMaxAgeDays, severities);
        return new InactiveUsersView(summary, rows, snapshot.Users.Count, Options(snapshot), new CredentialReportFreshness(snapshot.CredentialReportGeneratedAt, now),
            operatorContext.Can(Permission.ManageUsers));
    }

    /// <summary>The risk engine's severities; without them the admin-equivalent card says "unknown" and the rest still shows.</summary>
    private async Task<IReadOnlyDictionary<string, RiskSeverity>?> SeveritiesAsync(CancellationToken ct)
    {
        try { return await risk.UserSeveritiesAsync(ct); }
        catch (Exception e) when (CommandResult.IsExpected(e)) { return null; }
    }

    public static bool Matches(InactiveUserRow row, InactiveUsersFilter f) =>
        (string.IsNullOrEmpty(f.Group) || row.User.Groups.Contains(f.Group, StringComparer.OrdinalIgnoreCase))
        && (string.IsNullOrEmpty(f.Path) || string.Equals(row.User.Path, f.Path, StringComparison.Ordinal))
        && TagMatches(row, HygieneSummaryCalculator.DepartmentTag, f.Department)
        && TagMatches(row, CostCenterTag, f.CostCenter)
        && TagMatches(row, OwnerTag, f.Owner)
        && (f.Bucket is null || row.Activity.Bucket == f.Bucket)
        && (f.Access is null || row.Activity.Access == f.Access);

    private static bool TagMatches(InactiveUserRow row, string key, string? value) =>
        string.IsNullOrEmpty(value) || string.Equals(row.Tag(key), value, StringComparison.OrdinalIgnoreCase);

    private static InactiveUsersFilterOptions Options(InventorySnapshot snapshot)
    {
        IReadOnlyList<string> TagValues(string key) => Distinct(snapshot.Users.SelectMany(u => u.Tags)
            .Where(t => string.Equals(t.Key, key, StringComparison.OrdinalIgnoreCase)).Select(t => t.Value));
        return new InactiveUsersFilterOptions(
            Distinct(snapshot.Groups.Select(g => g.Group.GroupName).Concat(snapshot.Users.SelectMany(u => u.Groups))),
            Distinct(snapshot.Users.Select(u => u.Path)),
            TagValues(HygieneSummaryCalculator.DepartmentTag), TagValues(CostCenterTag), TagValues(OwnerTag));
    }

    private static List<string> Distinct(IEnumerable<string> values) =>
        values.Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
}
