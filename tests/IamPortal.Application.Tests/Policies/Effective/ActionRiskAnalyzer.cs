using System.Text.Json;
using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Tests.Policies.Effective;

/// <summary>
/// A small stand-in for the risk engine that honours the contract on the actions it knows: "*" is admin-equivalent,
/// iam:CreatePolicyVersion is an escalation, iam:PassRole with ec2:RunInstances together is an escalation. It reads the
/// Allow statements' actions of all the policies together, so a split escalation is found only when both halves are given.
/// </summary>
public sealed class ActionRiskAnalyzer : IRiskAnalyzer
{
    public int Analyses { get; private set; }

    public RiskReport Analyze(PolicySource policy) => AnalyzeTogether([policy]);

    public RiskReport AnalyzeTogether(IReadOnlyCollection<PolicySource> policies)
    {
        Analyses++;
        var actions = policies.SelectMany(p => Actions(p).Select(a => (Action: a, p.Name))).ToList();
        bool Has(string a) => actions.Any(x => x.Action == a);
        IReadOnlyList<StatementRef> From(params string[] a) => [.. actions.Where(x => a.Contains(x.Action)).Select(x => new StatementRef(x.Name, 0, null))];
        var findings = new List<RiskFinding>();
        if (Has("*"))
            findings.Add(new(RiskCategory.AdminEquivalent, RiskSeverity.Critical, true, "admin", "Administrator-equivalent access", "Every action.", ["*"], From("*")));
        if (Has("iam:CreatePolicyVersion"))
            findings.Add(new(RiskCategory.PrivilegeEscalation, RiskSeverity.High, true, "escalation:iam:CreatePolicyVersion",
                "Privilege escalation through iam:CreatePolicyVersion", "Rewrites a policy.", ["iam:CreatePolicyVersion"], From("iam:CreatePolicyVersion")));
        if (Has("iam:PassRole") && Has("ec2:RunInstances"))
            findings.Add(new(RiskCategory.PrivilegeEscalation, RiskSeverity.High, true, "escalation:iam:PassRole+ec2:RunInstances",
                "Privilege escalation through iam:PassRole and ec2:RunInstances", "Runs an instance as a stronger role.",
                ["iam:PassRole", "ec2:RunInstances"], From("iam:PassRole", "ec2:RunInstances")));
        return new RiskReport(findings);
    }

    public RiskDifference Compare(RiskReport before, RiskReport after) => new(
        [.. after.Findings.Where(a => !before.Findings.Any(b => b.Key == a.Key))],
        [.. before.Findings.Where(b => !after.Findings.Any(a => a.Key == b.Key))]);

    private static IEnumerable<string> Actions(PolicySource policy)
    {
        using var doc = JsonDocument.Parse(policy.Document);
        var statements = doc.RootElement.GetProperty("Statement");
        foreach (var s in statements.ValueKind == JsonValueKind.Array ? statements.EnumerateArray().ToList() : [statements])
        {
            if (s.GetProperty("Effect").GetString() != "Allow" || !s.TryGetProperty("Action", out var action)) continue;
            if (action.ValueKind == JsonValueKind.String) yield return action.GetString()!;
            else foreach (var a in action.EnumerateArray()) yield return a.GetString()!;
        }
    }

    public static string Allow(params string[] actions) =>
        JsonSerializer.Serialize(new { Version = "2012-10-17", Statement = new[] { new { Effect = "Allow", Action = actions, Resource = "*" } } });
}
