using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Catalog;

namespace IamPortal.Application.Policies.Risk;

/// <summary>
/// The risk engine of ../shared/POLICIES.md "Risk categories" (docs/adr/0014). Documents are read leniently (a malformed
/// one is skipped), wildcards and NotAction expand through the catalogue, a Deny on Resource "*" without Condition removes
/// actions, and each finding is confirmed only when an Allow on every resource without Condition grants all its actions
/// and no Deny touches them. An admin-equivalent report keeps only the admin finding and the NotAction/NotResource
/// statements (admin implies the rest), plus, when admin is only potential, the other confirmed findings.
/// Expansions are cached per pattern and per document, so analysing thousands of users costs little more than reading their lists.
/// </summary>
public sealed class RiskAnalyzer : IRiskAnalyzer
{
    private static readonly Func<RiskContext, IEnumerable<RiskFinding>>[] Rules =
    [
        BroadAccessRules.AllowWithNotActionOrNotResource,
        EscalationRule.Find,
        ActionListRules.CredentialsExposure,
        ActionListRules.ResourceExposure,
        ActionListRules.DataExfiltration,
        ActionListRules.ServiceWideWildcard,
        ActionListRules.PermissionsManagement,
        ActionListRules.FullAccessKmsOrCloudTrail,
        ActionListRules.PassRoleOnAnyResource,
    ];

    private const int ReportCacheLimit = 2048;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, RiskReport> _reports = new(StringComparer.Ordinal);
    private int _reportsAdded;
    private readonly Lazy<(ActionUniverse Universe, RiskTables Tables, PolicyCompiler Compiler)> _engine;

    public RiskAnalyzer(IActionCatalog catalog) =>
        _engine = new(() =>
        {
            var universe = ActionUniverse.For(catalog);
            return (universe, new RiskTables(universe), new PolicyCompiler(universe));
        }, LazyThreadSafetyMode.ExecutionAndPublication);

    public RiskReport Analyze(PolicySource policy) => AnalyzeTogether([policy]);

    public RiskReport AnalyzeTogether(IReadOnlyCollection<PolicySource> policies)
    {
        if (policies.Count == 0) return RiskReport.Empty;
        // Users with the same policies (the same groups, no inline ones) get the same report: computed once.
        var key = string.Join("\u0001", policies.Select(p => p.Name + "\u0002" + p.Document));
        if (_reports.TryGetValue(key, out var cached)) return cached;
        var report = Compute(policies);
        if (Interlocked.Increment(ref _reportsAdded) % ReportCacheLimit == 0) _reports.Clear();
        return _reports[key] = report;
    }

    private RiskReport Compute(IReadOnlyCollection<PolicySource> policies)
    {
        var (universe, tables, compiler) = _engine.Value;
        var context = new RiskContext(universe, tables, compiler.Compile(policies));
        var admin = BroadAccessRules.AdminEquivalent(context).ToList();
        IEnumerable<RiskFinding> findings;
        if (admin is [{ Confirmed: true }]) findings = BroadAccessRules.AllowWithNotActionOrNotResource(context);
        else
        {
            findings = Rules.SelectMany(rule => rule(context));
            if (admin.Count > 0) findings = findings.Where(f => f.Category == RiskCategory.AllowWithNotActionOrNotResource || f.Confirmed);
        }
        return new RiskReport([.. admin.Concat(findings).DistinctBy(f => f.Key)
            .OrderByDescending(f => f.Severity).ThenByDescending(f => f.Confirmed).ThenBy(f => f.Category).ThenBy(f => f.Title, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// Matched by Key. Added: new in <paramref name="after"/>, or potential before and confirmed after; removed: the reverse.
    /// A confirmed admin-equivalent report implies every other risk, so against one nothing else counts as added (or removed).
    /// </summary>
    public RiskDifference Compare(RiskReport before, RiskReport after) =>
        new(Gained(before, after), Gained(after, before));

    private static List<RiskFinding> Gained(RiskReport from, RiskReport to)
    {
        var had = from.Findings.GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.Any(f => f.Confirmed));
        var wasAdmin = from.Findings.Any(f => f.Category == RiskCategory.AdminEquivalent && f.Confirmed);
        return [.. to.Findings.Where(f =>
            (!wasAdmin || f.Category == RiskCategory.AdminEquivalent)
            && (!had.TryGetValue(f.Key, out var confirmed) || (f.Confirmed && !confirmed)))];
    }
}
