namespace IamPortal.Application.Policies.Analysis;

public enum RiskSeverity { None, Low, Medium, High, Critical }

/// <summary>The risk categories of ../shared/POLICIES.md.</summary>
public enum RiskCategory
{
    AdminEquivalent,
    PrivilegeEscalation,
    CredentialsExposure,
    ResourceExposure,
    DataExfiltration,
    ServiceWideWildcard,
    PermissionsManagement,
    FullAccessKmsOrCloudTrail,
    AllowWithNotActionOrNotResource,
    PassRoleOnAnyResource,
}

/// <summary>A policy to analyse: a display name ("AdministratorAccess", "inline deploy (group ops)"), its ARN when managed, and its JSON.</summary>
public sealed record PolicySource(string Name, string Document, string? Arn = null);

/// <summary>The statement behind a finding: which policy, which statement (0-based) and its Sid.</summary>
public sealed record StatementRef(string PolicyName, int StatementIndex, string? Sid);

/// <summary>
/// One risk: category, severity, whether it is confirmed (allowed on Resource "*", no Condition, not denied) or potential,
/// a short title ("Privilege escalation through iam:CreatePolicyVersion"), a plain explanation, the actions and statements behind it.
/// <see cref="Key"/> identifies the same risk across two analyses (category + the actions' combination) for differences.
/// </summary>
public sealed record RiskFinding(
    RiskCategory Category,
    RiskSeverity Severity,
    bool Confirmed,
    string Key,
    string Title,
    string Explanation,
    IReadOnlyList<string> Actions,
    IReadOnlyList<StatementRef> Statements);

public sealed record RiskReport(IReadOnlyList<RiskFinding> Findings)
{
    public static RiskReport Empty { get; } = new([]);
    public RiskSeverity Highest => Findings.Count == 0 ? RiskSeverity.None : Findings.Max(f => f.Severity);
}

/// <summary>What a change adds and removes (matched by <see cref="RiskFinding.Key"/>; a potential finding becoming confirmed counts as added).</summary>
public sealed record RiskDifference(IReadOnlyList<RiskFinding> Added, IReadOnlyList<RiskFinding> Removed)
{
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0;
}

/// <summary>
/// The one risk engine: per policy, and per identity over all its policies together (direct, inline, every group's),
/// so an escalation split across policies is found. Wildcards expand through the action catalogue; Deny and NotAction are honoured.
/// Pure, thread-safe, never throws on a malformed document (it is skipped).
/// </summary>
public interface IRiskAnalyzer
{
    RiskReport Analyze(PolicySource policy);
    RiskReport AnalyzeTogether(IReadOnlyCollection<PolicySource> policies);
    RiskDifference Compare(RiskReport before, RiskReport after);
}
