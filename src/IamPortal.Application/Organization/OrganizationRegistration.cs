using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Application.Organization;

public static class OrganizationRegistration
{
    /// <summary>Views across every account: the overview and its refresh, user search, "whose key is this?".</summary>
    public static IServiceCollection AddOrganization(this IServiceCollection services)
    {
        services.AddSingleton<AccountOverviewCache>();
        services.AddScoped<ReadableAccounts>();
        services.AddScoped<IOrganizationOverviewService, OrganizationOverviewService>();
        services.AddScoped<IUserSearchService, UserSearchService>();
        services.AddScoped<IKeyOwnerService, KeyOwnerService>();
        return services;
    }
}
