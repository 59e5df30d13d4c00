using System.Text.Json;
using IamPortal.Application.Jobs;
using Microsoft.EntityFrameworkCore;

namespace IamPortal.Infrastructure.Persistence;

public sealed class EfJobStore(IPortalDbContextFactory factory) : IJobStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task SaveAsync(Job job, CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        var row = await db.Jobs.FindAsync([job.Id], ct);
        if (row is null) db.Jobs.Add(row = new JobEntity { Id = job.Id, CreatedAtUtc = job.CreatedAt.UtcDateTime });
        row.AccountId = job.AccountId;
        row.Kind = job.Kind;
        row.Target = job.Target;
        row.Status = job.Status.ToString();
        row.UpdatedAtUtc = job.UpdatedAt.UtcDateTime;
        row.Json = JsonSerializer.Serialize(job, Json);
        await db.SaveChangesAsync(ct);
    }

    public async Task<Job?> GetAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        var row = await db.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, ct);
        return row is null ? null : ToJob(row.AccountId, row.Json);
    }

    public async Task<IReadOnlyList<Job>> ListAsync(string? kind = null, string? target = null, int take = 100, CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        var q = db.Jobs.AsNoTracking();
        if (kind is not null) q = q.Where(j => j.Kind == kind);
        // IAM names are unique case-insensitively: Jane.Doe and jane.doe are one user.
        if (target is not null) q = q.Where(j => j.Target.ToLower() == target.ToLower());
        var rows = await q.OrderByDescending(j => j.UpdatedAtUtc).Take(take).Select(j => new { j.AccountId, j.Json }).ToListAsync(ct);
        return rows.Select(r => ToJob(r.AccountId, r.Json)).ToList();
    }

    /// <summary>The column is the job's account: JSON journaled before jobs recorded an account has none.</summary>
    private static Job ToJob(string accountId, string json) => JsonSerializer.Deserialize<Job>(json, Json)! with { AccountId = accountId };
}
