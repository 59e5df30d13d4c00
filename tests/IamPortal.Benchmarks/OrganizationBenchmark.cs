using System.Diagnostics;
using System.Globalization;
using IamPortal.Application;
using IamPortal.Application.Organization;
using IamPortal.Application.Operators;
using IamPortal.Infrastructure;
using IamPortal.Infrastructure.Aws;
using IamPortal.Infrastructure.Persistence;
using IamPortal.Sandbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IamPortal.Benchmarks;

/// <summary>One run over an organization: requests per full refresh against the bound, wall time, memory, overview and search.</summary>
public sealed record OrganizationResult(int Accounts, int UsersEach, int Parallelism, long IamRequests, long AssumeRoles, long SettingsReads, long Bound,
    int FailedAccounts, double RefreshSeconds, double WorkingSetMb, double ManagedMb, double OverviewMs, double SearchMs, int SearchHits, double SearchNoHitMs)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Accounts,8} {UsersEach,6} {Parallelism,4} {IamRequests,9} {AssumeRoles,7} {SettingsReads,8} {Bound,7} {FailedAccounts,6} {RefreshSeconds,10:F1} {WorkingSetMb,8:F0} {ManagedMb,8:F0} {OverviewMs,11:F1} {SearchMs,9:F1} {SearchHits,6} {SearchNoHitMs,9:F1}");
}

/// <summary>
/// The organization views at scale: a Sandbox organization of <c>accounts</c> members × <c>usersEach</c> users
/// (SandboxOrganizationOptions.Uniform), the portal configured with every member (Accounts:List, IamPortalRole) and the
/// management account's operator keys, through the real IAM and STS clients (HTTP + SigV4 + AssumeRole).
/// </summary>
public static class OrganizationBenchmark
{
    public const string Header =
        "accounts  users  par  IAM reqs  Assume settings   bound failed refresh s    WS MB  heap MB overview ms search ms   hits nohit ms";

    public static async Task<OrganizationResult> RunAsync(int accounts, int usersEach, int parallelism)
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions
        {
            SeedUsers = 0,
            Organization = SandboxOrganizationOptions.Uniform(accounts, usersEach, seed: 42),
        });
        var members = sandbox.Control.Accounts.Where(a => a.Id != SandboxAccount.AccountId).ToList();
        var settings = new Dictionary<string, string?> { ["Accounts:RefreshParallelism"] = parallelism.ToString(CultureInfo.InvariantCulture) };
        for (var i = 0; i < members.Count; i++)
        {
            settings[$"Accounts:List:{i}:Id"] = members[i].Id;
            settings[$"Accounts:List:{i}:Name"] = members[i].Name;
            settings[$"Accounts:List:{i}:RoleArn"] = $"arn:aws:iam::{members[i].Id}:role/{SandboxOrganizationDefaults.PortalRole}";
        }
        var dataPath = Directory.CreateTempSubdirectory("iamportal-org-benchmark-").FullName;
        settings["Portal:DataPath"] = dataPath;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<IOperatorContext>(new InventoryBenchmark.BenchmarkOperator());
        services.AddApplication(configuration);
        services.AddInfrastructure(configuration, new IamConnectionOverride(sandbox.BaseUrl,
            SandboxAccount.OperatorAccessKeyId, SandboxAccount.OperatorSecretAccessKey));
        services.AddPortalPersistence(configuration, dataPath); // the audit log and the findings' risk acceptances
        await using var provider = services.BuildServiceProvider();
        await provider.MigratePortalDatabaseAsync();
        using var scope = provider.CreateScope();
        var overview = scope.ServiceProvider.GetRequiredService<IOrganizationOverviewService>();
        var search = scope.ServiceProvider.GetRequiredService<IUserSearchService>();

        sandbox.Control.ResetCounters();
        var watch = Stopwatch.StartNew();
        var refreshed = await overview.RefreshAllAsync();
        var refreshSeconds = watch.Elapsed.TotalSeconds;
        var counts = sandbox.Control.RequestCounts;
        long Count(string action) => counts.GetValueOrDefault(action);
        if (Environment.GetEnvironmentVariable("IAMPORTAL_BENCHMARK_ACTIONS") is not null)
            Console.Error.WriteLine(string.Join(", ", counts.Select(kv => $"{kv.Key}={kv.Value}")));
        var assumeRoles = Count("AssumeRole");
        // The findings' account settings (password policy, account summary) are read once per account and cached; not part of a refresh.
        var settingsReads = Count("GetAccountPasswordPolicy") + Count("GetAccountSummary");
        var iam = counts.Values.Sum() - assumeRoles - settingsReads;
        var rows = refreshed.Value?.Rows ?? [];
        var bound = members.Sum(m => Ceil(usersEach) + Ceil(MfaDevices(sandbox, m.Id)) + 3);

        GC.Collect();
        var workingSet = Process.GetCurrentProcess().WorkingSet64 / 1048576.0;
        var managed = GC.GetTotalMemory(forceFullCollection: true) / 1048576.0;

        var overviewMs = Best(() => overview.GetAsync());
        var hits = -1;
        var searchMs = Best(async () => hits = (await search.SearchAsync("user")).Value?.TotalMatches ?? -1);
        var noHitMs = Best(() => search.SearchAsync("no-such-user-anywhere"));
        return new OrganizationResult(accounts, usersEach, parallelism, iam, assumeRoles, settingsReads, bound + members.Count,
            rows.Count(r => !r.IsOk) + (refreshed.Value is null ? accounts : 0), refreshSeconds, workingSet, managed, overviewMs, searchMs,
            hits, noHitMs);
    }

    private static int MfaDevices(SandboxServer sandbox, string accountId)
    {
        var state = sandbox.Control.State(accountId);
        lock (state.Sync) return state.MfaDevices.Count;
    }

    /// <summary>The fastest of five runs (the first warms the JIT), in milliseconds of server time.</summary>
    private static double Best(Func<Task> work)
    {
        var best = double.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            work().GetAwaiter().GetResult();
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }
        return best;
    }

    private static int Ceil(int n) => Math.Max(1, (n + 999) / 1000);
}
