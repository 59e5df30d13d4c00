using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Application.Policies.Catalog;

public static class PolicyAnalysisRegistration
{
    /// <summary>The policy analysis services: all pure, thread-safe singletons over the one embedded action catalogue.</summary>
    public static IServiceCollection AddPolicyAnalysis(this IServiceCollection services)
    {
        // The action catalogue: loaded from the embedded resource on first use, then shared.
        services.AddSingleton(_ => new ActionCatalog());
        services.AddSingleton<IActionCatalog>(sp => sp.GetRequiredService<ActionCatalog>());

        // Validation (branch validator): IPolicyValidator is registered here.

        return services;
    }
}
