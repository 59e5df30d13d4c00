using IamPortal.Application.Commands;
using IamPortal.Application.Trends;

namespace IamPortal.Web.Tests.Features.Trends;

/// <summary>Snapshots held in memory; comparison and time to remediate by the real <see cref="TrendComparer"/>.</summary>
public sealed class FakeTrendService : ITrendService
{
    public List<TrendSnapshot> Snapshots { get; } = [];
    public List<(Guid Id, AttestationFormat Format)> Exports { get; } = [];
    public Func<TrendState>? Next { get; set; }
    public bool FailList { get; set; }

    public TrendSnapshotInfo Add(DateTimeOffset at, TrendState state)
    {
        var info = new TrendSnapshotInfo(Guid.NewGuid(), "123456789012", at, "Auditor", Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) + new string('0', 32), state.Summary);
        Snapshots.Add(new TrendSnapshot(info, state));
        return info;
    }

    public Task<CommandResult<TrendSnapshotInfo>> TakeSnapshotAsync(CancellationToken ct = default) =>
        Task.FromResult(CommandResult.Ok(Add(DateTimeOffset.UnixEpoch.AddDays(Snapshots.Count + 1), Next?.Invoke() ?? Snapshots[^1].State)));

    public Task<IReadOnlyList<TrendSnapshotInfo>> ListAsync(CancellationToken ct = default) => FailList
        ? throw new TimeoutException("The database did not answer.")
        : Task.FromResult<IReadOnlyList<TrendSnapshotInfo>>([.. Snapshots.Select(s => s.Info).OrderByDescending(s => s.TakenAt)]);

    public Task<IReadOnlyList<TrendPoint>> SeriesAsync(CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<TrendPoint>>([.. Snapshots.Select(s => new TrendPoint(s.Info.TakenAt, s.Info.Summary.MfaCoveragePercent, s.Info.Summary.InactiveUsers, s.Info.Summary.KeysOverAge, s.Info.Summary.FailingBySeverity))]);

    public Task<CommandResult<TrendComparison>> CompareAsync(Guid from, Guid to, CancellationToken ct = default)
    {
        if (from == to) return Task.FromResult(CommandResult.Invalid<TrendComparison>("To", "Pick two different snapshots."));
        var a = Snapshots.Single(s => s.Info.Id == from);
        var b = Snapshots.Single(s => s.Info.Id == to);
        return Task.FromResult(CommandResult.Ok(new TrendComparison(a.Info, b.Info, TrendComparer.Compare(a.State, b.State))));
    }

    public Task<IReadOnlyList<RemediationTime>> RemediationTimesAsync(CancellationToken ct = default) =>
        Task.FromResult(TrendComparer.RemediationTimes(Snapshots.Select(s => (s.Info.TakenAt, s.State))));

    public Task<CommandResult<TrendAttestation>> ExportAttestationAsync(Guid snapshot, AttestationFormat format, CancellationToken ct = default)
    {
        Exports.Add((snapshot, format));
        var info = Snapshots.Single(s => s.Info.Id == snapshot).Info;
        return Task.FromResult(CommandResult.Ok(new TrendAttestation("attestation." + format.ToString().ToLowerInvariant(), "text/plain", "x"u8.ToArray(), "f11e", info.Sha256)));
    }
}
