using IamPortal.Application.Csv;
using IamPortal.Application.Inventory;

namespace IamPortal.Application.Users;

/// <summary>Writes users as CSV with every list column.</summary>
public static class UserCsvExporter
{
    public static string Write(IEnumerable<UserInventoryRow> rows) =>
        CsvExport.Write(UserColumns.All.Select(c => c.Title).ToList(), rows, row => UserColumns.All.Select(c => c.Read(row)));
}
