using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Application.Offboarding;

public static class OffboardingRegistration
{
    /// <summary>Offboarding plans, quarantine, journaled offboarding jobs and bulk actions.</summary>
    public static IServiceCollection AddOffboarding(this IServiceCollection services) => services;
}
