using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Findings;

/// <summary>What a hygiene check is: Prowler's id, what it judges, its CIS v3/v5 and Security Hub references and how to fix it.</summary>
public sealed record CheckDefinition(
    string Id,
    string Title,
    RiskSeverity Severity,
    string? CisV3,
    string? CisV5,
    string? SecurityHubId,
    string Risk,
    string Remediation,
    FindingFixKind FixLink);

/// <summary>Where the portal fixes a failing resource; the page turns it into a link.</summary>
public enum FindingFixKind { None, User, Credentials, Mfa, Groups, Group, Policy, PasswordPolicy }
