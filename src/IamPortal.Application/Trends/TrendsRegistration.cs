using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IamPortal.Application.Trends;

public static class TrendsRegistration
{
    /// <summary>Trends and evidence: snapshots over time, comparison, time to remediate, attestation (ADR 0023).</summary>
    public static IServiceCollection AddTrends(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TrendOptions>().Bind(configuration.GetSection("Trends"));
        // The snapshot's findings come from the findings engine (AddFindings); the inventory source gives the summary numbers.
        services.TryAddScoped<InventoryTrendStateSource>();
        services.TryAddScoped<ITrendStateSource, FindingsTrendStateSource>();
        services.AddScoped<TrendSnapshotter>();
        services.AddScoped<ScheduledTrendSnapshot>();
        services.AddScoped<ITrendService, TrendService>();
        return services;
    }
}
