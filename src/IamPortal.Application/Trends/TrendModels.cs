using System.Text.Json.Serialization;

namespace IamPortal.Application.Trends;

/// <summary>A finding's state at a snapshot. Accepted counts apart from Pass: an accepted risk is not a fixed one.</summary>
public enum TrendFindingStatus { Pass, Fail, Accepted, Manual }

/// <summary>One check's verdict on one resource at a snapshot; <see cref="UserName"/> is set for a user's findings.</summary>
public sealed record TrendFinding(string CheckId, string Resource, string? UserName, string Severity, TrendFindingStatus Status)
{
    [JsonIgnore] public string Key => CheckId + "|" + Resource;
    [JsonIgnore] public bool IsOpen => Status is TrendFindingStatus.Fail;
}

/// <summary>The account's hygiene in a few numbers: what the charts draw over time.</summary>
public sealed record TrendSummary(
    int Users,
    int ConsoleUsers,
    int ConsoleUsersWithMfa,
    double MfaCoveragePercent,
    int KeysOverAge,
    int InactiveUsers,
    IReadOnlyDictionary<string, int> FailingBySeverity,
    IReadOnlyDictionary<string, int> FailingByCheck);

/// <summary>What a snapshot holds: the summary and each finding's status.</summary>
public sealed record TrendState(TrendSummary Summary, IReadOnlyList<TrendFinding> Findings);

/// <summary>A stored snapshot without its findings (for lists and charts).</summary>
public sealed record TrendSnapshotInfo(Guid Id, string AccountId, DateTimeOffset TakenAt, string TakenBy, string Sha256, TrendSummary Summary);

/// <summary>A stored snapshot with its findings; <see cref="Sha256"/> is the hash of <see cref="TrendCodec.Canonical"/>.</summary>
public sealed record TrendSnapshot(TrendSnapshotInfo Info, TrendState State);

/// <summary>One point of the charts.</summary>
public sealed record TrendPoint(DateTimeOffset TakenAt, double MfaCoveragePercent, int InactiveUsers, int KeysOverAge, IReadOnlyDictionary<string, int> FailingBySeverity);

/// <summary>An attestation file: its content, name and SHA-256, and the hash of the snapshot it attests.</summary>
public sealed record TrendAttestation(string FileName, string ContentType, byte[] Content, string FileSha256, string SnapshotSha256);

public enum AttestationFormat { Csv, Json }
