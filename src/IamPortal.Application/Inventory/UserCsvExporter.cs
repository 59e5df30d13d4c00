using System.Globalization;
using CsvHelper;

namespace IamPortal.Application.Inventory;

/// <summary>Writes users as CSV with every list column; cells that a spreadsheet would run as a formula are neutralised.</summary>
public static class UserCsvExporter
{
    public static string Write(IEnumerable<UserInventoryRow> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions(), leaveOpen: true))
        {
            foreach (var column in UserColumns.All) csv.WriteField(column.Title);
            csv.EndRecord();
            foreach (var row in rows)
            {
                foreach (var column in UserColumns.All) csv.WriteField(Format(column.Read(row)));
                csv.EndRecord();
            }
        }
        return text.ToString();
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        DateTimeOffset d => d.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        string s => Neutralise(s),
        _ => Neutralise(value.ToString() ?? ""),
    };

    /// <summary>IAM names and tags may start with = + - @ (CSV injection): prefix such cells with a quote.</summary>
    private static string Neutralise(string s) => s.Length > 0 && s[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + s : s;
}
