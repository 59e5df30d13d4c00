using IamPortal.Application.Accounts;
using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Inventory;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Trends;

public sealed class TrendService(
    ITrendStore store,
    TrendSnapshotter snapshotter,
    IInventoryService inventory,
    ICurrentAccount currentAccount,
    IOperatorContext operatorContext,
    IAuditedOperations audited) : ITrendService
{
    public async Task<CommandResult<TrendSnapshotInfo>> TakeSnapshotAsync(CancellationToken ct = default)
    {
        var account = await currentAccount.GetAsync(ct);
        return await CommandResult.CaptureAsync(() => audited.RunAsync(Permission.ReadAudit, AuditActions.TakeTrendSnapshot, account.AccountId, null,
            async c => await snapshotter.CaptureAsync(account, await inventory.RefreshAsync(c), operatorContext.Current.Name, c), ct));
    }

    public async Task<IReadOnlyList<TrendSnapshotInfo>> ListAsync(CancellationToken ct = default)
    {
        operatorContext.Ensure(Permission.ReadAudit, "list trend snapshots");
        return [.. (await store.ListAsync((await currentAccount.GetAsync(ct)).AccountId, ct)).OrderByDescending(s => s.TakenAt)];
    }

    public async Task<IReadOnlyList<TrendPoint>> SeriesAsync(CancellationToken ct = default)
    {
        operatorContext.Ensure(Permission.ReadAudit, "read trends");
        var all = await store.ListAsync((await currentAccount.GetAsync(ct)).AccountId, ct);
        return [.. all.OrderBy(s => s.TakenAt).Select(s =>
            new TrendPoint(s.TakenAt, s.Summary.MfaCoveragePercent, s.Summary.InactiveUsers, s.Summary.KeysOverAge, s.Summary.FailingBySeverity))];
    }

    public async Task<CommandResult<TrendComparison>> CompareAsync(Guid from, Guid to, CancellationToken ct = default)
    {
        operatorContext.Ensure(Permission.ReadAudit, "compare trend snapshots");
        if (from == to) return CommandResult.Invalid<TrendComparison>("To", "Pick two different snapshots.");
        return await CommandResult.CaptureAsync(async () =>
        {
            var a = await LoadAsync(from, ct);
            if (a is null) return CommandResult.Invalid<TrendComparison>("From", "No such snapshot.");
            var b = await LoadAsync(to, ct);
            if (b is null) return CommandResult.Invalid<TrendComparison>("To", "No such snapshot.");
            // Compare in time order whichever way they were picked.
            if (a.Info.TakenAt > b.Info.TakenAt) (a, b) = (b, a);
            return CommandResult.Ok(new TrendComparison(a.Info, b.Info, TrendComparer.Compare(a.State, b.State)));
        });
    }

    public async Task<IReadOnlyList<RemediationTime>> RemediationTimesAsync(CancellationToken ct = default)
    {
        operatorContext.Ensure(Permission.ReadAudit, "read remediation times");
        var account = (await currentAccount.GetAsync(ct)).AccountId;
        var states = new List<(DateTimeOffset, TrendState)>();
        foreach (var info in await store.ListAsync(account, ct))
            if (await LoadAsync(info.Id, ct) is { } s) states.Add((s.Info.TakenAt, s.State));
        return TrendComparer.RemediationTimes(states);
    }

    public async Task<CommandResult<TrendAttestation>> ExportAttestationAsync(Guid snapshot, AttestationFormat format, CancellationToken ct = default)
    {
        operatorContext.Ensure(Permission.ReadAudit, "export an attestation");
        var account = (await currentAccount.GetAsync(ct)).AccountId;
        return await CommandResult.CaptureAsync(async () =>
        {
            var info = (await store.ListAsync(account, ct)).FirstOrDefault(s => s.Id == snapshot);
            var canonical = info is null ? null : await store.GetCanonicalAsync(account, snapshot, ct);
            if (info is null || canonical is null) return CommandResult.Invalid<TrendAttestation>("Snapshot", "No such snapshot.");
            if (TrendCodec.Sha256(canonical) != info.Sha256)
                return CommandResult.Failed<TrendAttestation>("The stored snapshot does not match its recorded SHA-256: it was altered.");
            var file = TrendAttestationWriter.Write(info, canonical, TrendCodec.Parse(canonical), format);
            var parameters = new Dictionary<string, object?>
            {
                ["Snapshot"] = snapshot, ["TakenAt"] = info.TakenAt, ["Format"] = format.ToString(),
                ["SnapshotSha256"] = info.Sha256, ["FileSha256"] = file.FileSha256,
            };
            return CommandResult.Ok(await audited.RunAsync(Permission.ReadAudit, AuditActions.ExportAttestation, $"snapshot/{snapshot}", parameters,
                _ => Task.FromResult(file), ct));
        });
    }

    private async Task<TrendSnapshot?> LoadAsync(Guid id, CancellationToken ct)
    {
        var account = (await currentAccount.GetAsync(ct)).AccountId;
        var canonical = await store.GetCanonicalAsync(account, id, ct);
        if (canonical is null) return null;
        var d = TrendCodec.Parse(canonical);
        var info = new TrendSnapshotInfo(id, d.AccountId, d.TakenAt, d.TakenBy, TrendCodec.Sha256(canonical), d.Summary);
        return new TrendSnapshot(info, new TrendState(d.Summary, d.Findings));
    }
}
