using IamPortal.Application.Inventory;

namespace IamPortal.Application.Reports;

/// <summary>What a credential report cell holds: a value, or one of IAM's special values.</summary>
public enum ReportCellKind { Value, Empty, NotApplicable, NoInformation, NotSupported, RootAccount }

/// <summary>One cell as IAM wrote it, with its kind, so the page shows "N/A" and "no_information" apart from a value.</summary>
public sealed record ReportCell(string Raw, ReportCellKind Kind)
{
    public static ReportCell Of(string? raw) => new(raw ?? "", raw switch
    {
        null or "" => ReportCellKind.Empty,
        "N/A" => ReportCellKind.NotApplicable,
        "no_information" => ReportCellKind.NoInformation,
        "not_supported" => ReportCellKind.NotSupported,
        CredentialReportRow.RootUser => ReportCellKind.RootAccount,
        _ => ReportCellKind.Value,
    });

    public bool IsSpecial => Kind is not ReportCellKind.Value;
}

/// <summary>All 22 columns of every row, in IAM's order, beside the typed rows the inventory reads.</summary>
public sealed record CredentialReportTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<ReportCell>> Rows,
    IReadOnlyList<CredentialReportRow> Parsed)
{
    public static CredentialReportTable Parse(string csv)
    {
        var parsed = CredentialReportParser.Parse(csv);
        var cells = CredentialReportParser.ParseCells(csv)
            .Select(row => (IReadOnlyList<ReportCell>)CredentialReportParser.Columns.Select(c => ReportCell.Of(row.GetValueOrDefault(c))).ToList())
            .ToList();
        return new CredentialReportTable(CredentialReportParser.Columns, cells, parsed);
    }
}
