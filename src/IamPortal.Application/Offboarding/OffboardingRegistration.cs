using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Application.Offboarding;

public static class OffboardingRegistration
{
    /// <summary>Offboarding plans, quarantine, journaled offboarding jobs and bulk actions.</summary>
    public static IServiceCollection AddOffboarding(this IServiceCollection services)
    {
        services.AddScoped<IOffboardingPlanner, OffboardingPlanner>();
        services.AddScoped<OffboardingStepExecutor>();
        services.AddScoped<LifecycleJobs>();
        services.AddScoped<IQuarantineService, QuarantineService>();
        services.AddScoped<IOffboardingService, OffboardingService>();
        services.AddScoped<IBulkUserActions, BulkUserActions>();
        return services;
    }
}
