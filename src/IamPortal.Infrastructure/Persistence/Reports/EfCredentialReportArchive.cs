using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Reports;
using Microsoft.EntityFrameworkCore;

namespace IamPortal.Infrastructure.Persistence.Reports;

/// <summary>Credential reports in the portal's database, gzip-compressed (a 5,000-user report of ~1.5 MB keeps as ~150 kB).</summary>
public sealed class EfCredentialReportArchive(IPortalDbContextFactory factory, TimeProvider time) : ICredentialReportArchive
{
    public async Task<StoredCredentialReport> SaveAsync(string accountId, IamCredentialReport report, CancellationToken ct = default)
    {
        var generated = report.GeneratedTime.UtcDateTime;
        await using var db = await factory.CreateAsync(ct);
        var existing = await Find(db, accountId, generated, ct);
        if (existing is not null) return ToRecord(existing);
        var bytes = Encoding.UTF8.GetBytes(report.Csv);
        var entity = new CredentialReportEntity
        {
            Id = Guid.NewGuid(), AccountId = accountId, GeneratedAtUtc = generated, ArchivedAtUtc = time.GetUtcNow().UtcDateTime,
            UserRows = CredentialReportParser.Parse(report.Csv).Count(r => !r.IsRoot), CsvBytes = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)), CompressedCsv = Compress(bytes),
        };
        db.Set<CredentialReportEntity>().Add(entity);
        try
        {
            await db.SaveChangesAsync(ct);
            return ToRecord(entity);
        }
        catch (DbUpdateException)
        {
            // Another instance (or circuit) archived the same generation meanwhile.
            await using var again = await factory.CreateAsync(ct);
            return ToRecord(await Find(again, accountId, generated, ct) ?? throw new InvalidOperationException("The credential report could not be archived."));
        }
    }

    public async Task<IReadOnlyList<StoredCredentialReport>> ListAsync(string accountId, int max = 100, CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        var rows = await db.Set<CredentialReportEntity>().AsNoTracking().Where(x => x.AccountId == accountId)
            .Select(x => new { x.Id, x.AccountId, x.GeneratedAtUtc, x.ArchivedAtUtc, x.UserRows, x.CsvBytes, x.Sha256, Compressed = (long)x.CompressedCsv.Length })
            .ToListAsync(ct);
        return rows.OrderByDescending(x => x.GeneratedAtUtc).Take(max)
            .Select(x => new StoredCredentialReport(x.Id, x.AccountId, Utc(x.GeneratedAtUtc), Utc(x.ArchivedAtUtc), x.UserRows, x.CsvBytes, x.Compressed, x.Sha256))
            .ToList();
    }

    public async Task<CredentialReportContent?> GetAsync(string accountId, Guid id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        var row = await db.Set<CredentialReportEntity>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id && x.AccountId == accountId, ct);
        return row is null ? null : new CredentialReportContent(ToRecord(row), Decompress(row.CompressedCsv));
    }

    public async Task<CredentialReportContent?> LatestAsync(string accountId, CancellationToken ct = default)
    {
        var latest = (await ListAsync(accountId, 1, ct)).FirstOrDefault();
        return latest is null ? null : await GetAsync(accountId, latest.Id, ct);
    }

    public async Task<int> DeleteGeneratedBeforeAsync(string accountId, DateTimeOffset before, CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        var rows = db.Set<CredentialReportEntity>().Where(x => x.AccountId == accountId);
        var newest = await rows.OrderByDescending(x => x.GeneratedAtUtc).Select(x => (Guid?)x.Id).FirstOrDefaultAsync(ct);
        var cutoff = before.UtcDateTime;
        return await rows.Where(x => x.GeneratedAtUtc < cutoff && x.Id != newest).ExecuteDeleteAsync(ct);
    }

    private static Task<CredentialReportEntity?> Find(PortalDbContext db, string accountId, DateTime generated, CancellationToken ct) =>
        db.Set<CredentialReportEntity>().AsNoTracking().FirstOrDefaultAsync(x => x.AccountId == accountId && x.GeneratedAtUtc == generated, ct);

    private static StoredCredentialReport ToRecord(CredentialReportEntity e) =>
        new(e.Id, e.AccountId, Utc(e.GeneratedAtUtc), Utc(e.ArchivedAtUtc), e.UserRows, e.CsvBytes, e.CompressedCsv.Length, e.Sha256);

    private static DateTimeOffset Utc(DateTime d) => new(DateTime.SpecifyKind(d, DateTimeKind.Utc));

    private static byte[] Compress(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(bytes);
        return output.ToArray();
    }

    private static string Decompress(byte[] compressed)
    {
        using var input = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var reader = new StreamReader(input, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
