namespace IamPortal.Application.Audit;

public static partial class AuditActions
{
    // Trends and evidence (/trends): a snapshot taken on demand, an attestation exported (with the snapshot's SHA-256).
    public const string TakeTrendSnapshot = "Trends.TakeSnapshot";
    public const string ExportAttestation = "Trends.ExportAttestation";
}
