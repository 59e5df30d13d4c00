using IamPortal.Application.Policies.Analysis;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Application.Policies.Effective;

public static class EffectiveRiskRegistration
{
    /// <summary>Effective risk of users and groups and the change preview, over the inventory and the risk engine (IRiskAnalyzer, registered by the catalogue).</summary>
    public static IServiceCollection AddEffectiveRisk(this IServiceCollection services)
    {
        services.AddSingleton<EffectiveRiskCache>();
        services.AddScoped<PolicyDocumentFetcher>();
        services.AddScoped<IIdentityRiskService, IdentityRiskService>();
        services.AddScoped<IPermissionChangePreview, PermissionChangePreview>();
        return services;
    }
}
