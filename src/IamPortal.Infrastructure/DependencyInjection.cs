using IamPortal.Application.Accounts;
using IamPortal.Application.Iam;
using IamPortal.Infrastructure.Aws;
using IamPortal.Infrastructure.Aws.Organizations;
using IamPortal.Infrastructure.Aws.RoleSessions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IamPortal.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// Registers IIamClient (and each of its area interfaces) and IStsClient (scoped, for the scope's IAwsTargetAccessor),
    /// IOrganizationsClient, IAwsConnectionInfo and the <c>Iam</c> options.
    /// The connection comes from the <c>AWS</c> section and the standard AWS environment variables, unless
    /// <paramref name="overrideConnection"/> points at a fixed endpoint with static keys (demo mode, tests → the Sandbox).
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration,
        IamConnectionOverride? overrideConnection = null) =>
        services.AddInfrastructure(configuration, overrideConnection is null ? null : _ => overrideConnection);

    /// <summary>
    /// As above, with the fixed endpoint known only once the host runs (demo mode: the Sandbox the portal's host starts
    /// picks a free port); <paramref name="overrideConnection"/> is called on the first IAM or STS call.
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration,
        Func<IServiceProvider, IamConnectionOverride>? overrideConnection)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        // Options: paging, retries and timeouts of the IAM client.
        services.AddOptions<IamClientOptions>()
            .Bind(configuration.GetSection(IamClientOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IamClientOptions>, IamClientOptionsValidator>());

        // Connection: endpoint, signing region and credentials (resolved lazily from the default chain).
        services.AddSingleton(sp =>
        {
            var connection = overrideConnection is not null
                ? IamConnection.FromOverride(overrideConnection(sp))
                : IamConnection.FromAwsOptions(configuration.GetAWSOptions());
            if (connection.Current.Warning is { } warning)
            {
                sp.GetRequiredService<ILoggerFactory>().CreateLogger<IamConnection>().LogWarning("AWS connection: {Warning}", warning);
            }
            return connection;
        });
        services.AddSingleton<IAwsConnectionInfo>(sp => sp.GetRequiredService<IamConnection>());

        // Transport: one named HttpClient per API; no auto-redirects (a redirected hop would not be re-signed);
        // timeouts and retries live in each client's pipeline, per attempt.
        AddSigV4HttpClient(services, IamHttpTransport.HttpClientName);
        AddSigV4HttpClient(services, OrganizationsJsonClient.HttpClientName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddSingleton<IamTelemetry>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<IamHttpTransport>(sp, sp.GetRequiredService<TimeProvider>()));

        // Role sessions in member accounts: STS AssumeRole with the portal's own credentials, cached until shortly before expiry.
        services.AddSingleton<StsSdkClients>();
        services.AddSingleton<IRoleAssumer, StsRoleAssumer>();
        services.AddSingleton<RoleSessionCache>();

        // Ports: the IAM client under IIamClient and each area interface, and STS, scoped: they act for the scope's
        // target account and operator (IAwsTargetAccessor; the portal's own account unless the host says otherwise).
        services.TryAddScoped<IAwsTargetAccessor, PortalOwnTarget>();
        services.AddScoped<IamQueryClient>();
        services.AddScoped<IIamClient>(sp => sp.GetRequiredService<IamQueryClient>());
        services.AddScoped<IIamUsersApi>(sp => sp.GetRequiredService<IamQueryClient>());
        services.AddScoped<IIamCredentialsApi>(sp => sp.GetRequiredService<IamQueryClient>());
        services.AddScoped<IIamMfaApi>(sp => sp.GetRequiredService<IamQueryClient>());
        services.AddScoped<IIamGroupsApi>(sp => sp.GetRequiredService<IamQueryClient>());
        services.AddScoped<IIamPoliciesApi>(sp => sp.GetRequiredService<IamQueryClient>());
        services.AddScoped<IIamAccountApi>(sp => sp.GetRequiredService<IamQueryClient>());
        services.AddScoped<IStsClient, StsClient>();

        // Organizations: the accounts of the organization, read with the portal's own credentials.
        services.AddSingleton<IOrganizationsClient>(sp =>
            ActivatorUtilities.CreateInstance<OrganizationsJsonClient>(sp, sp.GetRequiredService<TimeProvider>()));

        return services;
    }

    private static void AddSigV4HttpClient(IServiceCollection services, string name) =>
        services.AddHttpClient(name, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
}
