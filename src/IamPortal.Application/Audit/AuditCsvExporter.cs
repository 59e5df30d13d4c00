using IamPortal.Application.Csv;

namespace IamPortal.Application.Audit;

/// <summary>Audit entries as CSV evidence, hashes included so the export can be checked against the chain.</summary>
public static class AuditCsvExporter
{
    private static readonly string[] Headers =
    [
        "Sequence", "Time (UTC)", "Operator", "Operator name", "Email", "Provider", "Role", "Account", "Action", "Target",
        "Parameters", "Outcome", "Error", "Correlation id", "Previous hash", "Hash",
    ];

    public static string Write(IEnumerable<AuditEntry> entries) =>
        CsvExport.Write(Headers, entries, e => [
            e.Sequence, e.Record.Timestamp, e.Record.OperatorSubject, e.Record.OperatorName, e.Record.OperatorEmail,
            e.Record.Provider, e.Record.Role, e.Record.AccountId, e.Record.Action, e.Record.Target, e.Record.ParametersJson,
            e.Record.Outcome, e.Record.Error, e.Record.CorrelationId, e.PreviousHash, e.Hash,
        ]);
}
