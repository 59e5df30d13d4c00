using System.Globalization;
using CsvHelper;

namespace IamPortal.Application.Inventory;

/// <summary>Parses IAM's credential report CSV (22 columns, see IAM-REFERENCE.md) by header name, not position.</summary>
public static class CredentialReportParser
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "user", "arn", "user_creation_time", "password_enabled", "password_last_used", "password_last_changed",
        "password_next_rotation", "mfa_active", "access_key_1_active", "access_key_1_last_rotated",
        "access_key_1_last_used_date", "access_key_1_last_used_region", "access_key_1_last_used_service",
        "access_key_2_active", "access_key_2_last_rotated", "access_key_2_last_used_date",
        "access_key_2_last_used_region", "access_key_2_last_used_service", "cert_1_active", "cert_1_last_rotated",
        "cert_2_active", "cert_2_last_rotated",
    ];

    public static IReadOnlyList<CredentialReportRow> Parse(string csv)
    {
        if (string.IsNullOrWhiteSpace(csv)) return [];
        using var reader = CsvReader.FromText(csv, new CsvReaderOptions { HasHeader = true });
        var rows = new List<CredentialReportRow>();
        while (reader.Read())
        {
            if (rows.Count == 0) EnsureColumns(reader.Headers);
            rows.Add(new CredentialReportRow(
                User: reader.GetString("user") ?? "",
                Arn: reader.GetString("arn") ?? "",
                UserCreationTime: Date(reader.GetString("user_creation_time")),
                PasswordEnabled: Bool(reader.GetString("password_enabled")),
                PasswordLastUsed: Date(reader.GetString("password_last_used")),
                PasswordLastChanged: Date(reader.GetString("password_last_changed")),
                PasswordNextRotation: Date(reader.GetString("password_next_rotation")),
                MfaActive: Bool(reader.GetString("mfa_active")),
                AccessKey1: Key(reader, 1),
                AccessKey2: Key(reader, 2),
                Cert1Active: Bool(reader.GetString("cert_1_active")),
                Cert2Active: Bool(reader.GetString("cert_2_active"))));
        }
        return rows;
    }

    /// <summary>Every row's cells as IAM wrote them (N/A, no_information, not_supported kept), by column name.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> ParseCells(string csv)
    {
        if (string.IsNullOrWhiteSpace(csv)) return [];
        using var reader = CsvReader.FromText(csv, new CsvReaderOptions { HasHeader = true });
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (reader.Read())
        {
            if (rows.Count == 0) EnsureColumns(reader.Headers);
            rows.Add(Columns.ToDictionary(c => c, c => reader.GetString(c) ?? "", StringComparer.Ordinal));
        }
        return rows;
    }

    private static void EnsureColumns(IReadOnlyList<string>? headers)
    {
        var missing = Columns.Except(headers ?? []).ToList();
        if (missing.Count > 0)
            throw new FormatException($"The credential report lacks the columns: {string.Join(", ", missing)}.");
    }

    private static AccessKeySlot Key(CsvReader r, int n) => new(
        Active: Bool(r.GetString($"access_key_{n}_active")),
        LastRotated: Date(r.GetString($"access_key_{n}_last_rotated")),
        LastUsed: Date(r.GetString($"access_key_{n}_last_used_date")),
        LastUsedService: Text(r.GetString($"access_key_{n}_last_used_service")),
        LastUsedRegion: Text(r.GetString($"access_key_{n}_last_used_region")));

    private static bool Bool(string? cell) => string.Equals(cell, "true", StringComparison.OrdinalIgnoreCase);

    private static string? Text(string? cell) => IsEmpty(cell) ? null : cell;

    private static DateTimeOffset? Date(string? cell) =>
        !IsEmpty(cell) && DateTimeOffset.TryParse(cell, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d)
            ? d.ToUniversalTime()
            : null;

    private static bool IsEmpty(string? cell) =>
        string.IsNullOrWhiteSpace(cell) || cell is "N/A" or "no_information" or "not_supported";
}
