using IamPortal.Sandbox.Faults;
using IamPortal.Sandbox.Hosting;
using IamPortal.Sandbox.Operations;
using IamPortal.Sandbox.Organization;
using IamPortal.Sandbox.State;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Sandbox;

public static class SandboxServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Sandbox into its own host: the account state and its JSON store (loaded or seeded on start, saved
    /// on stop), the organization (accounts, sessions, event logs), the operations, SigV4 authentication, faults, request counters, the request pipeline and
    /// <see cref="ISandboxControl"/>. Map its endpoints with <c>app.MapIamSandbox()</c>.
    /// </summary>
    public static IServiceCollection AddIamSandbox(this IServiceCollection services, SandboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.AddSingleton(options.TimeProvider);

        // State: the management account (IamState) and the organization's members in memory, their data files,
        // and their lifetime under the host.
        services.AddSingleton<IamState>();
        services.AddSingleton<SandboxOrganization>();
        services.AddSingleton<StateStore>();
        services.AddHostedService<SandboxStateService>();

        // Requests: operations, authentication, faults, counters, the pipeline, and in-process control.
        services.AddSingleton(_ => OperationRegistry.CreateDefault());
        services.AddSingleton<Authenticator>();
        services.AddSingleton<FaultInjector>();
        services.AddSingleton<RequestCounter>();
        services.AddSingleton<RequestPipeline>();
        services.AddSingleton<OrganizationsPipeline>();
        services.AddSingleton<ISandboxControl, SandboxControl>();

        // Kestrel: IAM has no body limit of its own here (large policy uploads, benchmarks) and sends no Server header.
        services.Configure<KestrelServerOptions>(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = null;
            kestrel.AddServerHeader = false;
        });
        return services;
    }
}
