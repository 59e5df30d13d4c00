using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Policies.Effective;

/// <summary>
/// The one plain sentence of an impact: its most severe added risk and its most severe removed risk, each with how many users
/// it reaches ("Adds privilege escalation through iam:CreatePolicyVersion, confirmed, for 14 users."), or "No change in risk.".
/// </summary>
internal static class ChangeImpactSummary
{
    public const string NoChange = "No change in risk.";

    public static string Sentence(IReadOnlyList<ImpactLine> lines, RiskDifference difference, IEnumerable<string> entities)
    {
        var parts = new List<string>();
        if (lines.Count > 0)
        {
            Part(parts, "adds", [.. lines.Where(l => l.Added)], l => $", for {Users(l.Users)}");
            Part(parts, "removes", [.. lines.Where(l => !l.Added)], l => $", for {Users(l.Users)}");
        }
        else if (!difference.IsEmpty)
        {
            var where = $", in {string.Join(", ", entities)}";
            Part(parts, "adds", [.. Ordered(difference.Added).Select(f => new ImpactLine(f, true, 0))], _ => where);
            Part(parts, "removes", [.. Ordered(difference.Removed).Select(f => new ImpactLine(f, false, 0))], _ => where);
            parts.Add("no user's effective risk changes");
        }
        if (parts.Count == 0) return NoChange;
        var sentence = string.Join("; ", parts);
        return char.ToUpperInvariant(sentence[0]) + sentence[1..] + ".";
    }

    private static void Part(List<string> parts, string verb, IReadOnlyList<ImpactLine> lines, Func<ImpactLine, string> reach)
    {
        if (lines.Count == 0) return;
        var top = lines.OrderByDescending(l => l.Finding.Severity).ThenByDescending(l => l.Finding.Confirmed).ThenByDescending(l => l.Users).First();
        var more = lines.Count - 1;
        parts.Add($"{verb} {Lower(top.Finding.Title)}, {(top.Finding.Confirmed ? "confirmed" : "potential")}{reach(top)}"
            + (more == 0 ? "" : more == 1 ? ", and 1 more risk" : $", and {more} more risks"));
    }

    private static IEnumerable<RiskFinding> Ordered(IEnumerable<RiskFinding> findings) => findings.OrderByDescending(f => f.Severity).ThenByDescending(f => f.Confirmed);

    private static string Users(int n) => n == 1 ? "1 user" : $"{n} users";

    /// <summary>"Privilege escalation ..." reads "privilege escalation ..." mid-sentence; "IAM ..." stays as it is.</summary>
    private static string Lower(string title) =>
        title.Length > 1 && char.IsUpper(title[0]) && char.IsLower(title[1]) ? char.ToLowerInvariant(title[0]) + title[1..] : title;
}
