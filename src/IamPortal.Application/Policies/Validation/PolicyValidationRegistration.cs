using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Application.Policies.Validation;

public static class PolicyValidationRegistration
{
    /// <summary>The policy validator: a singleton, pure, using the action catalogue when one is registered.</summary>
    public static IServiceCollection AddPolicyValidation(this IServiceCollection services)
    {
        services.AddSingleton<IPolicyValidator>(sp => new PolicyValidator(sp.GetService<IActionCatalog>()));
        return services;
    }
}
