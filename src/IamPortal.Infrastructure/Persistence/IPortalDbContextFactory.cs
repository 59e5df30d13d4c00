using Microsoft.EntityFrameworkCore;

namespace IamPortal.Infrastructure.Persistence;

/// <summary>Short-lived contexts per operation (Blazor circuits are long-lived), whatever the provider.</summary>
public interface IPortalDbContextFactory
{
    Task<PortalDbContext> CreateAsync(CancellationToken ct = default);
}
