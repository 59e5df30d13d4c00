using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Application.PasswordPolicy;

public static class PasswordPolicyRegistration
{
    /// <summary>The account password policy: view against CIS / Security Hub, edit and delete (audited), impact on existing users.</summary>
    public static IServiceCollection AddPasswordPolicy(this IServiceCollection services)
    {
        services.AddScoped<IPasswordPolicyService, PasswordPolicyService>();
        return services;
    }
}
