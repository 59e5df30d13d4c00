using IamPortal.Application.Accounts;
using IamPortal.Application.Iam;
using IamPortal.Infrastructure;
using IamPortal.Infrastructure.Aws;
using IamPortal.Sandbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Infrastructure.Tests.Aws;

/// <summary>
/// The IAM endpoint a test class runs against. By default an in-process Sandbox (in memory, 40 seeded users),
/// one per test class so counters and faults of one class never disturb another. When
/// <c>IAMPORTAL_TEST_IAM_ENDPOINT</c> is set, that endpoint with the standard AWS credential variables instead;
/// tests that need the Sandbox's seed, counters or faults are then skipped.
/// </summary>
public class IamTargetFixture : IAsyncLifetime
{
    public const string EndpointVariable = "IAMPORTAL_TEST_IAM_ENDPOINT";

    private readonly List<ServiceProvider> _providers = [];

    public SandboxServer? Sandbox { get; private set; }

    public string? ExternalEndpoint { get; } = Environment.GetEnvironmentVariable(EndpointVariable) is { Length: > 0 } e ? e : null;

    public bool IsExternal => ExternalEndpoint is not null;

    protected virtual int SeedUsers => 40;

    /// <summary>How the in-process Sandbox starts (the organization fixture adds member accounts).</summary>
    protected virtual SandboxOptions SandboxOptions => new() { SeedUsers = SeedUsers, Seed = 42 };

    public Uri Endpoint => Sandbox?.BaseUrl ?? new Uri(ExternalEndpoint!);

    public ISandboxControl Control => Sandbox?.Control ?? throw new InvalidOperationException("No Sandbox: call RequireSandbox() first.");

    /// <summary>Skips the test when it needs the Sandbox's seed, counters or faults and runs elsewhere.</summary>
    public void RequireSandbox() =>
        Skip.If(IsExternal, $"Needs the in-process Sandbox (seed, counters or faults); {EndpointVariable} is set.");

    public async Task InitializeAsync()
    {
        if (IsExternal) return;
        Sandbox = await SandboxServer.StartAsync(SandboxOptions);
    }

    public async Task DisposeAsync()
    {
        foreach (var provider in _providers) await provider.DisposeAsync();
        if (Sandbox is not null) await Sandbox.DisposeAsync();
    }

    /// <summary>The operator's connection to this target, optionally with other keys.</summary>
    public IamConnectionOverride? Connection(string? accessKeyId = null, string? secret = null, Uri? endpoint = null)
    {
        if (IsExternal && accessKeyId is null && secret is null && endpoint is null) return null;
        return new IamConnectionOverride(endpoint ?? Endpoint,
            accessKeyId ?? (IsExternal ? Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID") ?? "AKIAUNKNOWN" : SandboxAccount.OperatorAccessKeyId),
            secret ?? (IsExternal ? Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY") ?? "" : SandboxAccount.OperatorSecretAccessKey),
            Environment.GetEnvironmentVariable("AWS_REGION") ?? "us-east-1",
            IsSandbox: !IsExternal);
    }

    /// <summary>
    /// A scope of a service provider built with the Web host's own entry point, AddInfrastructure (the IAM and STS clients
    /// are scoped: they act for the scope's IAwsTargetAccessor).
    /// </summary>
    public IServiceProvider Services(Action<Dictionary<string, string?>>? configure = null, IamConnectionOverride? connection = null,
        Action<IServiceCollection>? services = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Iam:MaxRetries"] = "3",
            ["Iam:BaseDelayMs"] = "1",
            ["Iam:MaxDelayMs"] = "10",
            ["Iam:Timeout"] = "00:00:10",
        };
        if (IsExternal)
        {
            settings["AWS:ServiceURL"] = ExternalEndpoint;
            settings["AWS:Region"] = Environment.GetEnvironmentVariable("AWS_REGION") ?? "us-east-1";
        }
        configure?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var collection = new ServiceCollection().AddLogging();
        collection.AddInfrastructure(configuration, connection ?? Connection());
        services?.Invoke(collection);
        var provider = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        lock (_providers) _providers.Add(provider);
        return provider.CreateScope().ServiceProvider;
    }

    public IIamClient Client(Action<Dictionary<string, string?>>? configure = null, IamConnectionOverride? connection = null) =>
        Services(configure, connection).GetRequiredService<IIamClient>();

    public IIamClient PagedClient(int pageSize) => Client(s => s["Iam:PageSize"] = pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public IStsClient Sts(IamConnectionOverride? connection = null) => Services(connection: connection).GetRequiredService<IStsClient>();

    public AwsConnectionInfo ConnectionInfo() => Services().GetRequiredService<IAwsConnectionInfo>().Current;
}

/// <summary>A Sandbox with no seeded users (the managed policy catalogue is still there).</summary>
public sealed class EmptyIamTargetFixture : IamTargetFixture
{
    protected override int SeedUsers => 0;
}
