using IamPortal.Application.Findings;
using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Web.Features.Findings;

/// <summary>The /findings filters: severity, status, CIS reference (v3 or v5, e.g. "1.10"), free text over id, title and resources.</summary>
public sealed record FindingsFilter(RiskSeverity? Severity = null, FindingStatus? Status = null, string? Cis = null, string? Search = null)
{
    public bool Matches(CheckSummary check, IEnumerable<FindingResult> results)
    {
        var d = check.Definition;
        if (Severity is { } s && d.Severity != s) return false;
        if (Status is { } st && check.Status != st) return false;
        if (!string.IsNullOrWhiteSpace(Cis) && !(Cis.Trim() == d.CisV3 || Cis.Trim() == d.CisV5)) return false;
        if (string.IsNullOrWhiteSpace(Search)) return true;
        var q = Search.Trim();
        return d.Id.Contains(q, StringComparison.OrdinalIgnoreCase) || d.Title.Contains(q, StringComparison.OrdinalIgnoreCase)
            || results.Any(r => r.Status != FindingStatus.Pass && r.ResourceName.Contains(q, StringComparison.OrdinalIgnoreCase));
    }
}
