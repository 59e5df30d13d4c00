using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Web.Tests.Components.Risk;

/// <summary>Findings as the risk engine reports them, for the risk components' tests.</summary>
public static class RiskFixtures
{
    public static RiskFinding Admin(bool confirmed = true) => new(RiskCategory.AdminEquivalent, RiskSeverity.Critical, confirmed, "admin",
        "Administrator-equivalent access", "Allows every action on every resource.", ["*"], [new StatementRef("AdministratorAccess", 0, null)]);

    public static RiskFinding Escalation(string action = "iam:CreatePolicyVersion", bool confirmed = true) => new(RiskCategory.PrivilegeEscalation,
        RiskSeverity.High, confirmed, "escalation:" + action, "Privilege escalation through " + action,
        "Lets the holder give itself more permissions.", [action], [new StatementRef("deploy", 1, "Versions")]);

    public static RiskFinding ReadAll() => new(RiskCategory.DataExfiltration, RiskSeverity.Medium, false, "exfil:s3",
        "Data exfiltration through s3:GetObject", "Reads any object.", ["s3:GetObject"], []);
}
