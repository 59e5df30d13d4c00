using Microsoft.EntityFrameworkCore;

namespace IamPortal.Infrastructure.Persistence;

internal sealed class PortalDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IPortalDbContextFactory
    where TContext : PortalDbContext
{
    public async Task<PortalDbContext> CreateAsync(CancellationToken ct = default) => await inner.CreateDbContextAsync(ct);
}
