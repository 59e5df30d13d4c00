using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Application.AccessAdvisor;

public static class AccessAdvisorRegistration
{
    /// <summary>Access Advisor hints for users and groups: granted services against IAM's last-accessed data.</summary>
    public static IServiceCollection AddAccessAdvisor(this IServiceCollection services)
    {
        services.AddSingleton<ServiceGrants>();
        services.AddScoped<IAccessAdvisorHints, AccessAdvisorHints>();
        return services;
    }
}
