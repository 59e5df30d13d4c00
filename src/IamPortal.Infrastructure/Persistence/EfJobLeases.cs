using IamPortal.Application.Jobs;
using Microsoft.EntityFrameworkCore;

namespace IamPortal.Infrastructure.Persistence;

/// <summary>
/// Leases as rows (ADR 0012). Taking one is one conditional UPDATE (renew my own, or take over an expired one) and, when
/// no row exists, an INSERT that the primary key lets only one instance win; both are atomic in SQLite and PostgreSQL,
/// so two instances never both believe they hold a lease.
/// </summary>
public sealed class EfJobLeases(IPortalDbContextFactory factory, TimeProvider time) : IJobLeases
{
    public async Task<bool> TryAcquireAsync(string name, string holder, TimeSpan ttl, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var until = now + ttl;
        await using var db = await factory.CreateAsync(ct);
        var taken = await db.Leases.Where(l => l.Name == name && (l.Holder == holder || l.ExpiresAtUtc <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAtUtc, until), ct);
        if (taken == 1) return true;
        if (await db.Leases.AnyAsync(l => l.Name == name, ct)) return false;
        db.Leases.Add(new LeaseEntity { Name = name, Holder = holder, ExpiresAtUtc = until });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false; // another instance inserted it first
        }
    }

    public async Task ReleaseAsync(string name, string holder, CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        await db.Leases.Where(l => l.Name == name && l.Holder == holder).ExecuteDeleteAsync(ct);
    }

    public async Task<bool> IsHeldAsync(string name, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateAsync(ct);
        return await db.Leases.AnyAsync(l => l.Name == name && l.ExpiresAtUtc > now, ct);
    }

    public async Task<IReadOnlyList<JobLeaseInfo>> ListExpiredAsync(string prefix, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateAsync(ct);
        var rows = await db.Leases.AsNoTracking().Where(l => l.Name.StartsWith(prefix) && l.ExpiresAtUtc <= now).ToListAsync(ct);
        return rows.Select(r => new JobLeaseInfo(r.Name, r.Holder, new DateTimeOffset(DateTime.SpecifyKind(r.ExpiresAtUtc, DateTimeKind.Utc)))).ToList();
    }
}
