using IamPortal.Application.Findings.Checks;
using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Findings;

/// <summary>Runs the checks over one input and applies the active acceptances: a covered Fail becomes Accepted, an expired one stays Fail.</summary>
public static class FindingsEvaluator
{
    public static FindingsReport Evaluate(IEnumerable<ICheck> checks, FindingsInput input, IReadOnlyCollection<RiskAcceptance> acceptances)
    {
        var active = acceptances.Where(a => a.IsActiveAt(input.Now))
            .GroupBy(a => (a.CheckId, a.ResourceId))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.ExpiresAt).First());
        var summaries = new List<CheckSummary>();
        var results = new List<FindingResult>();
        foreach (var check in checks)
        {
            var own = check.Evaluate(input).Select(r => r.Status == FindingStatus.Fail && active.TryGetValue((r.CheckId, r.ResourceId), out var a)
                ? r with { Status = FindingStatus.Accepted, Acceptance = a } : r).ToList();
            results.AddRange(own);
            summaries.Add(Summarize(check.Definition, own));
        }
        var bySeverity = summaries.Where(s => s.Status == FindingStatus.Fail)
            .GroupBy(s => s.Definition.Severity).ToDictionary(g => g.Key, g => g.Count());
        foreach (var severity in Enum.GetValues<RiskSeverity>().Where(s => s != RiskSeverity.None)) bySeverity.TryAdd(severity, 0);
        var inventory = input.Inventory;
        return new FindingsReport(inventory.AccountId, inventory.Account.DisplayName, input.Now, inventory.BuiltAt, inventory.CredentialReportGeneratedAt,
            summaries, bySeverity, results);
    }

    public static CheckSummary Summarize(CheckDefinition definition, IReadOnlyCollection<FindingResult> results)
    {
        int Count(FindingStatus s) => results.Count(r => r.Status == s);
        var status = Count(FindingStatus.Fail) > 0 ? FindingStatus.Fail
            : Count(FindingStatus.Accepted) > 0 ? FindingStatus.Accepted
            : Count(FindingStatus.Manual) > 0 ? FindingStatus.Manual
            : FindingStatus.Pass;
        return new CheckSummary(definition, status, Count(FindingStatus.Pass), Count(FindingStatus.Fail), Count(FindingStatus.Accepted), Count(FindingStatus.Manual));
    }
}
