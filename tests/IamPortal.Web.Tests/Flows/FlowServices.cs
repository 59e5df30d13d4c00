using IamPortal.Application;
using IamPortal.Application.Operators;
using IamPortal.Infrastructure;
using IamPortal.Infrastructure.Aws;
using IamPortal.Infrastructure.Persistence;
using IamPortal.Sandbox;
using IamPortal.Web.Tests.Features.Onboarding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Web.Tests.Flows;

/// <summary>
/// The real Application + Infrastructure for flow tests: the IamQueryClient over HTTP to a Sandbox, the journal and
/// audit log on a SQLite file in <paramref name="dataPath"/>, and a <see cref="TestOperator"/> whose role tests switch.
/// </summary>
public static class FlowServices
{
    /// <param name="settings">Configuration on top of the defaults (e.g. <c>Iam:MaxRetries</c> for a test of the client's retries).</param>
    public static ServiceProvider Build(SandboxServer sandbox, string dataPath, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Portal:DataPath"] = dataPath,
            // No client retries: an injected ServiceFailure must reach the job (by default the client retries 5xx 4 times).
            ["Iam:MaxRetries"] = "0",
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddInfrastructure(configuration,
            new IamConnectionOverride(sandbox.BaseUrl, SandboxAccount.OperatorAccessKeyId, SandboxAccount.OperatorSecretAccessKey));
        services.AddPortalPersistence(configuration, dataPath);
        services.AddApplication(configuration);
        services.AddScoped<TestOperator>();
        services.AddScoped<IOperatorContext>(sp => sp.GetRequiredService<TestOperator>());
        return services.BuildServiceProvider();
    }
}
