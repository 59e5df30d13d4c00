using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Findings;

/// <summary>One check over the whole account: its overall status (Fail beats Accepted beats Manual beats Pass) and counts.</summary>
public sealed record CheckSummary(
    CheckDefinition Definition,
    FindingStatus Status,
    int Passed,
    int Failed,
    int Accepted,
    int Manual);

/// <summary>
/// Every check evaluated over one inventory snapshot. <see cref="InventoryBuiltAt"/> and <see cref="CredentialReportGeneratedAt"/>
/// say how old the data is (the credential report is regenerated at most every 4 hours).
/// </summary>
public sealed record FindingsReport(
    string AccountId,
    string AccountName,
    DateTimeOffset EvaluatedAt,
    DateTimeOffset InventoryBuiltAt,
    DateTimeOffset? CredentialReportGeneratedAt,
    IReadOnlyList<CheckSummary> Checks,
    IReadOnlyDictionary<RiskSeverity, int> FailingChecksBySeverity,
    IReadOnlyList<FindingResult> Results)
{
    public IEnumerable<FindingResult> ResultsFor(string checkId) => Results.Where(r => r.CheckId == checkId);
}
