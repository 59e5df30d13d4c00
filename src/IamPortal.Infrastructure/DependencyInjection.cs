using IamPortal.Application.Accounts;
using IamPortal.Application.Iam;
using IamPortal.Infrastructure.Aws;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IamPortal.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// Registers IIamClient (and each of its area interfaces), IStsClient, IAwsConnectionInfo and the <c>Iam</c> options.
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

        // Transport: one named HttpClient; no auto-redirects (a redirected hop would not be re-signed);
        // timeouts and retries live in the transport's pipeline, per attempt.
        services.AddHttpClient(IamHttpTransport.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddSingleton<IamTelemetry>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<IamHttpTransport>(sp, sp.GetRequiredService<TimeProvider>()));

        // Ports: the IAM client under IIamClient and each area interface, and STS.
        services.AddSingleton<IamQueryClient>();
        services.AddSingleton<IIamClient>(sp => sp.GetRequiredService<IamQueryClient>());
        services.AddSingleton<IIamUsersApi>(sp => sp.GetRequiredService<IamQueryClient>());
        services.AddSingleton<IIamCredentialsApi>(sp => sp.GetRequiredService<IamQueryClient>());
        services.AddSingleton<IIamMfaApi>(sp => sp.GetRequiredService<IamQueryClient>());
        services.AddSingleton<IIamGroupsApi>(sp => sp.GetRequiredService<IamQueryClient>());
        services.AddSingleton<IIamPoliciesApi>(sp => sp.GetRequiredService<IamQueryClient>());
        services.AddSingleton<IIamAccountApi>(sp => sp.GetRequiredService<IamQueryClient>());
        services.AddSingleton<IStsClient, StsClient>();

        return services;
    }
}
