using IamPortal.Application.Csv;

namespace IamPortal.Application.Groups;

/// <summary>Writes the groups list as CSV with every column.</summary>
public static class GroupCsvExporter
{
    private static readonly string[] Headers =
        ["Group name", "Path", "Members", "Attached policies", "Attached policies quota", "Inline policies", "Risk", "Created", "ARN", "Group ID"];

    public static string Write(IEnumerable<GroupRow> rows) => CsvExport.Write(Headers, rows, r =>
        [r.GroupName, r.Path, r.MemberCount, r.AttachedPolicyCount, r.AttachedPolicyQuota, r.InlinePolicyCount, r.Risk?.ToString(), r.CreateDate, r.Arn, r.GroupId]);
}
