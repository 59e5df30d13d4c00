using IamPortal.Application.Findings;
using Microsoft.EntityFrameworkCore;

namespace IamPortal.Infrastructure.Persistence.Findings;

/// <summary>Risk acceptances in the portal's database (a context per operation).</summary>
public sealed class EfRiskAcceptanceStore(IPortalDbContextFactory factory) : IRiskAcceptanceStore
{
    public async Task<IReadOnlyList<RiskAcceptance>> ListAsync(string accountId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        var rows = await db.Set<RiskAcceptanceEntity>().AsNoTracking().Where(x => x.AccountId == accountId).ToListAsync(ct);
        return [.. rows.Select(ToRecord)];
    }

    public async Task<RiskAcceptance?> FindAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        var row = await db.Set<RiskAcceptanceEntity>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        return row is null ? null : ToRecord(row);
    }

    public async Task AddAsync(RiskAcceptance acceptance, CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        db.Set<RiskAcceptanceEntity>().Add(ToEntity(acceptance));
        await db.SaveChangesAsync(ct);
    }

    public async Task UpdateAsync(RiskAcceptance acceptance, CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        db.Set<RiskAcceptanceEntity>().Update(ToEntity(acceptance));
        await db.SaveChangesAsync(ct);
    }

    private static RiskAcceptance ToRecord(RiskAcceptanceEntity x) => new(x.Id, x.AccountId, x.CheckId, x.ResourceId, x.ResourceName, x.Owner,
        x.Justification, Utc(x.AcceptedAtUtc), x.AcceptedBy, Utc(x.ExpiresAtUtc), x.RevokedAtUtc is { } r ? Utc(r) : null, x.RevokedBy);

    private static RiskAcceptanceEntity ToEntity(RiskAcceptance a) => new()
    {
        Id = a.Id, AccountId = a.AccountId, CheckId = a.CheckId, ResourceId = a.ResourceId, ResourceName = a.ResourceName, Owner = a.Owner,
        Justification = a.Justification, AcceptedAtUtc = a.AcceptedAt.UtcDateTime, AcceptedBy = a.AcceptedBy, ExpiresAtUtc = a.ExpiresAt.UtcDateTime,
        RevokedAtUtc = a.RevokedAt?.UtcDateTime, RevokedBy = a.RevokedBy,
    };

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
