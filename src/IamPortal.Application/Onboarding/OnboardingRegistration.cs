using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Application.Onboarding;

public static class OnboardingRegistration
{
    /// <summary>The onboarding wizard's services.</summary>
    public static IServiceCollection AddOnboarding(this IServiceCollection services)
    {
        services.AddScoped<OnboardingStepExecutor>();
        services.AddScoped<OnboardingRollback>();
        services.AddScoped<IOnboardingService, OnboardingService>();
        return services;
    }
}
