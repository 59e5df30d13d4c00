using IamPortal.Application.Trends;

namespace IamPortal.Application.Tests.Trends;

internal static class TrendSamples
{
    public static TrendFinding Finding(string check, string user, TrendFindingStatus status, string severity = "Medium") =>
        new(check, "user/" + user, user, severity, status);

    public static TrendState State(params TrendFinding[] findings) => new(
        new TrendSummary(findings.Select(f => f.UserName).Distinct().Count(), 0, 0, 100, 0, 0,
            findings.Where(f => f.IsOpen).GroupBy(f => f.Severity).ToDictionary(g => g.Key, g => g.Count()),
            findings.Where(f => f.IsOpen).GroupBy(f => f.CheckId).ToDictionary(g => g.Key, g => g.Count())),
        findings);
}
