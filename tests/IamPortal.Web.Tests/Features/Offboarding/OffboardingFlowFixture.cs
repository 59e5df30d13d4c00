using IamPortal.Application;
using IamPortal.Application.Iam;
using IamPortal.Application.Operators;
using IamPortal.Infrastructure;
using IamPortal.Infrastructure.Aws;
using IamPortal.Infrastructure.Persistence;
using IamPortal.Sandbox;
using IamPortal.Web.Tests.Features.Onboarding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace IamPortal.Web.Tests.Features.Offboarding;

/// <summary>
/// The real Application + Infrastructure (IamQueryClient over HTTP to a seeded Sandbox, journal and audit log on a temp
/// SQLite file). <see cref="BuildServices"/> builds another provider on the same database: a portal "restart".
/// </summary>
public sealed class OffboardingFlowFixture : IAsyncLifetime
{
    private readonly string _dataPath = Directory.CreateTempSubdirectory("iamportal-offboarding-").FullName;
    private readonly List<ServiceProvider> _providers = [];
    private int _nextUser;
    public SandboxServer Sandbox { get; private set; } = null!;
    public ServiceProvider Services { get; private set; } = null!;
    public OnboardingCli Cli { get; private set; } = null!;
    public IReadOnlyList<string> SeededUsers { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Sandbox = await SandboxServer.StartAsync(new SandboxOptions { SeedUsers = 30, Seed = 11 });
        Services = BuildServices();
        await Services.MigratePortalDatabaseAsync();
        Cli = new OnboardingCli(Sandbox.BaseUrl);
        var users = await Services.GetRequiredService<IIamClient>().ListUsersAsync();
        SeededUsers = users.Select(u => u.UserName).Where(n => !n.StartsWith("svc-") && n != "break-glass-admin").Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>A new service provider on the same database file and Sandbox, as a restarted portal would have.</summary>
    public ServiceProvider BuildServices(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var provider = Flows.FlowServices.Build(Sandbox, _dataPath, settings);
        lock (_providers) _providers.Add(provider);
        return provider;
    }

    /// <summary>A seeded user no other test of this class touches.</summary>
    public string TakeSeededUser() => SeededUsers[Interlocked.Increment(ref _nextUser) - 1];

    public AsyncServiceScope Scope(PortalRole role = PortalRole.SecurityAdmin, ServiceProvider? provider = null)
    {
        var scope = (provider ?? Services).CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TestOperator>().Role = role;
        return scope;
    }

    /// <summary>A new user that no other test knows, with one of everything (<see cref="GiveOneOfEverythingAsync"/>) unless told otherwise.</summary>
    public async Task<string> NewUserAsync(string prefix, bool oneOfEverything = true)
    {
        var name = $"{prefix}-{Guid.NewGuid():N}"[..20];
        await Services.GetRequiredService<IIamClient>().CreateUserAsync(name);
        if (oneOfEverything) await GiveOneOfEverythingAsync(name);
        return name;
    }

    /// <summary>The AWS CLI's get-user answers NoSuchEntity.</summary>
    public async Task AssertUserGoneAsync(string user)
    {
        var cli = await Cli.RunAsync("iam", "get-user", "--user-name", user);
        cli.ExitCode.Should().NotBe(0);
        cli.Stderr.Should().Contain("NoSuchEntity");
    }

    /// <summary>
    /// Gives a seeded user one of everything the Sandbox can hold: a console password, exactly two access keys, an
    /// enabled virtual MFA device, an inline policy, a managed policy, two groups and a permissions boundary.
    /// </summary>
    public async Task GiveOneOfEverythingAsync(string user)
    {
        var iam = Services.GetRequiredService<IIamClient>();
        if (await iam.GetLoginProfileAsync(user) is null) await iam.CreateLoginProfileAsync(user, "Offb0ard!ng-Passw0rd#2026", false);
        var keys = await iam.ListAccessKeysAsync(user);
        for (var i = keys.Count; i < 2; i++) await iam.CreateAccessKeyAsync(user);
        if ((await iam.ListMfaDevicesAsync(user)).Count == 0)
        {
            var device = await iam.CreateVirtualMfaDeviceAsync(user + "-mfa");
            var totp = new Totp(Base32Encoding.ToBytes(device.Base32StringSeed));
            var now = DateTime.UtcNow;
            await iam.EnableMfaDeviceAsync(user, device.SerialNumber, totp.ComputeTotp(now.AddSeconds(-30)), totp.ComputeTotp(now));
        }
        await iam.PutUserPolicyAsync(user, "offboarding-test-inline",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"*"}]}""");
        await iam.AttachUserPolicyAsync(user, "arn:aws:iam::aws:policy/ReadOnlyAccess");
        var groups = (await iam.ListGroupsForUserAsync(user)).Select(g => g.GroupName).ToHashSet();
        foreach (var group in new[] { "all-staff", "billing" }.Where(g => !groups.Contains(g))) await iam.AddUserToGroupAsync(group, user);
        await iam.PutUserPermissionsBoundaryAsync(user, $"arn:aws:iam::{SandboxAccount.AccountId}:policy/boundaries/DeveloperBoundary");
    }

    public async Task DisposeAsync()
    {
        foreach (var provider in _providers) await provider.DisposeAsync();
        await Sandbox.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dataPath, recursive: true); }
        catch (IOException) { /* best effort */ }
    }
}
