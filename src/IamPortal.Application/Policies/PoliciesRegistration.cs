using IamPortal.Application.Policies.Attachments;
using IamPortal.Application.Policies.Deletion;
using IamPortal.Application.Policies.Inline;
using IamPortal.Application.Policies.Managed;
using IamPortal.Application.Policies.Permissions;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Application.Policies;

public static class PoliciesRegistration
{
    /// <summary>
    /// Policy pages and commands: the list (AWS managed cached per account), a policy's page, customer managed policy
    /// commands, policy deletion jobs, inline policies and attachments of users and groups. Needs the analysis services
    /// (IPolicyValidator, IRiskAnalyzer, IPolicySummarizer, IPermissionChangePreview, IIdentityRiskService) registered by their features.
    /// </summary>
    public static IServiceCollection AddPolicies(this IServiceCollection services)
    {
        services.AddSingleton<AwsManagedPolicyCache>();
        services.AddScoped<PolicyCommandRunner>();
        services.AddScoped<PolicyChecks>();
        services.AddScoped<PrincipalPolicies>();
        services.AddScoped<IPolicyListService, PolicyListService>();
        services.AddScoped<IPolicyDetailService, PolicyDetailService>();
        services.AddScoped<IManagedPolicyService, ManagedPolicyService>();
        services.AddScoped<PolicyDeletionPlanner>();
        services.AddScoped<PolicyDeletionStepExecutor>();
        services.AddScoped<IPolicyDeletionService, PolicyDeletionService>();
        services.AddScoped<IInlinePolicyService, InlinePolicyService>();
        services.AddScoped<IPolicyAttachmentService, PolicyAttachmentService>();
        services.AddScoped<IEntityPermissionsService, EntityPermissionsService>();
        return services;
    }
}
