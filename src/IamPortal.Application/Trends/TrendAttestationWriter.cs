using System.Globalization;
using System.Text;
using IamPortal.Application.Csv;

namespace IamPortal.Application.Trends;

/// <summary>
/// The state at a snapshot as evidence. JSON is the canonical document itself, so its SHA-256 is the snapshot's hash;
/// CSV has one row per finding, headed by the snapshot's account, time and hash.
/// </summary>
public static class TrendAttestationWriter
{
    public static TrendAttestation Write(TrendSnapshotInfo info, byte[] canonical, TrendDocument document, AttestationFormat format)
    {
        var stamp = info.TakenAt.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var name = $"attestation-{info.AccountId}-{stamp}";
        var content = format == AttestationFormat.Json ? canonical : Encoding.UTF8.GetBytes(Csv(info, document));
        return new TrendAttestation(name + (format == AttestationFormat.Json ? ".json" : ".csv"),
            format == AttestationFormat.Json ? "application/json" : "text/csv", content, TrendCodec.Sha256(content), info.Sha256);
    }

    private static string Csv(TrendSnapshotInfo info, TrendDocument document) =>
        CsvExport.Write(["AccountId", "SnapshotTakenAt", "SnapshotSha256", "CheckId", "Resource", "UserName", "Severity", "Status"],
            document.Findings, f => [info.AccountId, info.TakenAt, info.Sha256, f.CheckId, f.Resource, f.UserName, f.Severity, f.Status.ToString()]);
}
