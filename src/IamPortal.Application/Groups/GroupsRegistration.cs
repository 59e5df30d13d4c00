using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Application.Groups;

public static class GroupsRegistration
{
    /// <summary>Groups: list and page reads, commands, the deletion job and "Move to a group" (CIS 1.15).</summary>
    public static IServiceCollection AddGroups(this IServiceCollection services)
    {
        services.AddSingleton<AccountQuotaCache>();
        services.AddScoped<IAccountQuotas, AccountQuotas>();
        services.AddScoped<GroupRisk>();
        services.AddScoped<PolicyReferenceFinder>();
        services.AddScoped<IGroupQueryService, GroupQueryService>();
        services.AddScoped<IGroupCommands, GroupCommands>();
        services.AddScoped<GroupStepExecutor>();
        services.AddScoped<GroupJobs>();
        services.AddScoped<GroupDeletionPlanner>();
        services.AddScoped<IGroupDeletionService, GroupDeletionService>();
        services.AddScoped<IMoveToGroupService, MoveToGroupService>();
        return services;
    }
}
