namespace IamPortal.Application.Audit;

public static partial class AuditActions
{
    // Findings: risk acceptances (an accepted failing resource counts as Accepted until it expires or is revoked).
    public const string AcceptFindingRisk = "Findings.AcceptRisk";
    public const string RevokeFindingRisk = "Findings.RevokeAcceptance";
}
