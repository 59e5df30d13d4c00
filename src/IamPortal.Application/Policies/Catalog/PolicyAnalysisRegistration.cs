using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Risk;
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

        // Risk: the one engine (per policy, per identity), and the console's per-service summary.
        services.AddSingleton<IRiskAnalyzer, RiskAnalyzer>();
        services.AddSingleton<IPolicySummarizer, PolicySummarizer>();

        // Validation (branch validator): IPolicyValidator is registered here.

        return services;
    }
}
