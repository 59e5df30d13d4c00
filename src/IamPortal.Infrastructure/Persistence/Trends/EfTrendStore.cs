using IamPortal.Application.Trends;
using Microsoft.EntityFrameworkCore;

namespace IamPortal.Infrastructure.Persistence.Trends;

/// <summary>Trend snapshots in the portal's database (SQLite or PostgreSQL).</summary>
public sealed class EfTrendStore(IPortalDbContextFactory factory) : ITrendStore
{
    public async Task AddAsync(TrendSnapshotInfo info, byte[] canonical, CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        db.Set<TrendSnapshotEntity>().Add(new TrendSnapshotEntity
        {
            Id = info.Id,
            AccountId = info.AccountId,
            TakenAtUtc = info.TakenAt.UtcDateTime,
            TakenBy = info.TakenBy,
            Sha256 = info.Sha256,
            SummaryJson = TrendCodec.SerializeSummary(info.Summary),
            Content = TrendCodec.Compress(canonical),
        });
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<TrendSnapshotInfo>> ListAsync(string accountId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        var rows = await db.Set<TrendSnapshotEntity>().AsNoTracking().Where(x => x.AccountId == accountId)
            .Select(x => new { x.Id, x.AccountId, x.TakenAtUtc, x.TakenBy, x.Sha256, x.SummaryJson }).ToListAsync(ct);
        return [.. rows.OrderBy(x => x.TakenAtUtc).Select(x => new TrendSnapshotInfo(x.Id, x.AccountId,
            new DateTimeOffset(DateTime.SpecifyKind(x.TakenAtUtc, DateTimeKind.Utc)), x.TakenBy, x.Sha256, TrendCodec.ParseSummary(x.SummaryJson)))];
    }

    public async Task<int> DeleteTakenBeforeAsync(string accountId, DateTimeOffset before, CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        var rows = db.Set<TrendSnapshotEntity>().Where(x => x.AccountId == accountId);
        var newest = await rows.OrderByDescending(x => x.TakenAtUtc).Select(x => (Guid?)x.Id).FirstOrDefaultAsync(ct);
        var cutoff = before.UtcDateTime;
        return await rows.Where(x => x.TakenAtUtc < cutoff && x.Id != newest).ExecuteDeleteAsync(ct);
    }

    public async Task<byte[]?> GetCanonicalAsync(string accountId, Guid id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        var content = await db.Set<TrendSnapshotEntity>().AsNoTracking().Where(x => x.Id == id && x.AccountId == accountId)
            .Select(x => x.Content).FirstOrDefaultAsync(ct);
        return content is null ? null : TrendCodec.Decompress(content);
    }
}
