using IamPortal.Application.Csv;

namespace IamPortal.Application.Findings;

/// <summary>The report as CSV: one line per result, with the check's references and any acceptance.</summary>
public static class FindingsCsv
{
    private static readonly string[] Headers =
        ["check_id", "title", "severity", "cis_v3", "cis_v5", "security_hub", "status", "resource_type", "resource", "resource_arn", "detail",
         "accepted_owner", "accepted_until", "evaluated_at", "inventory_built_at"];

    public static string Write(FindingsReport report, IEnumerable<FindingResult> results)
    {
        var definitions = report.Checks.ToDictionary(c => c.Definition.Id, c => c.Definition);
        return CsvExport.Write(Headers, results, r =>
        {
            var d = definitions[r.CheckId];
            return [r.CheckId, d.Title, d.Severity.ToString(), d.CisV3, d.CisV5, d.SecurityHubId, r.Status.ToString().ToUpperInvariant(), r.ResourceType.ToString(),
                r.ResourceName, r.ResourceArn, r.Detail, r.Acceptance?.Owner, r.Acceptance?.ExpiresAt, report.EvaluatedAt, report.InventoryBuiltAt];
        });
    }
}
