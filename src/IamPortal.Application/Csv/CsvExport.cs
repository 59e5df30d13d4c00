using System.Globalization;
using CsvHelper;

namespace IamPortal.Application.Csv;

/// <summary>Writes CSV for exports. Cells a spreadsheet would run as a formula (= + - @) are neutralised with a quote.</summary>
public static class CsvExport
{
    public static string Write<T>(IReadOnlyList<string> headers, IEnumerable<T> rows, Func<T, IEnumerable<object?>> cells)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions(), leaveOpen: true))
        {
            foreach (var header in headers) csv.WriteField(header);
            csv.EndRecord();
            foreach (var row in rows)
            {
                foreach (var cell in cells(row)) csv.WriteField(Format(cell));
                csv.EndRecord();
            }
        }
        return text.ToString();
    }

    public static string Format(object? value) => value switch
    {
        null => "",
        DateTimeOffset d => d.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Neutralise(value.ToString() ?? ""),
    };

    /// <summary>IAM names and tags may start with = + - @ (CSV injection): prefix such cells with a quote.</summary>
    private static string Neutralise(string s) => s.Length > 0 && s[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + s : s;
}
