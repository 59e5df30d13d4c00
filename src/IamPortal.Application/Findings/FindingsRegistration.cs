using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Application.Findings;

public static class FindingsRegistration
{
    /// <summary>Hygiene checks over the inventory and account settings; risk acceptances (the host supplies IRiskAcceptanceStore).</summary>
    public static IServiceCollection AddFindings(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FindingsOptions>(configuration.GetSection(FindingsOptions.Section));
        services.AddSingleton<AccountSettingsCache>();
        services.AddScoped<FindingsEngine>();
        services.AddScoped<IFindingsService, FindingsService>();
        services.AddScoped<IRiskAcceptanceService, RiskAcceptanceService>();
        return services;
    }
}
