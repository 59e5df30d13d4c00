using IamPortal.Application;
using IamPortal.Application.Operators;
using IamPortal.Infrastructure;
using IamPortal.Infrastructure.Aws;
using IamPortal.Infrastructure.Persistence;
using IamPortal.Sandbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Web.Tests.Features.Onboarding;

/// <summary>Per scope: who acts (tests switch the role).</summary>
public sealed class TestOperator : IOperatorContext
{
    public PortalRole Role { get; set; } = PortalRole.SecurityAdmin;
    public OperatorIdentity Current => new("sub-flow", "Flow Tester", "flow@example.com", "Test", Role);
}

/// <summary>
/// The real Application + Infrastructure (IamQueryClient over HTTP, SQLite journal and audit log in a temp folder)
/// against a Sandbox with the seeded groups and the strict password policy.
/// </summary>
public sealed class OnboardingFlowFixture : IAsyncLifetime
{
    private readonly string _dataPath = Directory.CreateTempSubdirectory("iamportal-onboarding-").FullName;
    public SandboxServer Sandbox { get; private set; } = null!;
    public ServiceProvider Services { get; private set; } = null!;
    public OnboardingCli Cli { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Sandbox = await SandboxServer.StartAsync(new SandboxOptions { SeedUsers = 5, Seed = 7 });
        Services = Flows.FlowServices.Build(Sandbox, _dataPath);
        await Services.MigratePortalDatabaseAsync();
        Cli = new OnboardingCli(Sandbox.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await Sandbox.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dataPath, recursive: true); }
        catch (IOException) { /* best effort */ }
    }
}
