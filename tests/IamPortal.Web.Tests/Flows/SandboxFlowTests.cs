using IamPortal.Application.Operators;
using IamPortal.Infrastructure.Persistence;
using IamPortal.Sandbox;
using IamPortal.Web.Tests.Features.Onboarding;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Web.Tests.Flows;

/// <summary>
/// A test class's own seeded Sandbox and the real Application + Infrastructure over HTTP to it (<see cref="FlowServices"/>),
/// on a migrated database in a temporary folder; <see cref="Scope"/> acts as an operator of the given role.
/// </summary>
public abstract class SandboxFlowTests(string name, SandboxOptions sandboxOptions) : IAsyncLifetime
{
    private readonly string _dataPath = Directory.CreateTempSubdirectory($"iamportal-{name}-").FullName;
    protected SandboxServer Sandbox { get; private set; } = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        Sandbox = await SandboxServer.StartAsync(sandboxOptions);
        _services = FlowServices.Build(Sandbox, _dataPath);
        await _services.MigratePortalDatabaseAsync();
    }

    protected AsyncServiceScope Scope(PortalRole role = PortalRole.SecurityAdmin)
    {
        var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TestOperator>().Role = role;
        return scope;
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await Sandbox.DisposeAsync();
        try { Directory.Delete(_dataPath, recursive: true); } catch (IOException) { }
    }
}
