using Microsoft.EntityFrameworkCore;

namespace IamPortal.Infrastructure.Persistence;

/// <summary>Short-lived contexts per operation (Blazor circuits are long-lived), whatever the provider.</summary>
public interface IPortalDbContextFactory
{
    Task<PortalDbContext> CreateAsync(CancellationToken ct = default);
}

internal sealed class PortalDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IPortalDbContextFactory
    where TContext : PortalDbContext
{
    public async Task<PortalDbContext> CreateAsync(CancellationToken ct = default) => await inner.CreateDbContextAsync(ct);
}
