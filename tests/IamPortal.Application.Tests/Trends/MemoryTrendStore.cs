using IamPortal.Application.Trends;

namespace IamPortal.Application.Tests.Trends;

/// <summary>An in-memory <see cref="ITrendStore"/> shared by "instances" in the scheduler tests.</summary>
public sealed class MemoryTrendStore : ITrendStore
{
    private readonly List<(TrendSnapshotInfo Info, byte[] Compressed)> _rows = [];

    public IReadOnlyList<TrendSnapshotInfo> All { get { lock (_rows) return [.. _rows.Select(r => r.Info)]; } }

    public Task AddAsync(TrendSnapshotInfo info, byte[] canonical, CancellationToken ct = default)
    {
        lock (_rows) _rows.Add((info, TrendCodec.Compress(canonical)));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<TrendSnapshotInfo>> ListAsync(string accountId, CancellationToken ct = default)
    {
        lock (_rows) return Task.FromResult<IReadOnlyList<TrendSnapshotInfo>>([.. _rows.Select(r => r.Info).Where(i => i.AccountId == accountId).OrderBy(i => i.TakenAt)]);
    }

    public Task<int> DeleteTakenBeforeAsync(string accountId, DateTimeOffset before, CancellationToken ct = default)
    {
        lock (_rows)
        {
            var newest = _rows.Where(r => r.Info.AccountId == accountId).OrderByDescending(r => r.Info.TakenAt).Select(r => (Guid?)r.Info.Id).FirstOrDefault();
            return Task.FromResult(_rows.RemoveAll(r => r.Info.AccountId == accountId && r.Info.TakenAt < before && r.Info.Id != newest));
        }
    }

    public Task<byte[]?> GetCanonicalAsync(string accountId, Guid id, CancellationToken ct = default)
    {
        lock (_rows)
            return Task.FromResult(_rows.Where(r => r.Info.Id == id && r.Info.AccountId == accountId).Select(r => TrendCodec.Decompress(r.Compressed)).FirstOrDefault());
    }
}
