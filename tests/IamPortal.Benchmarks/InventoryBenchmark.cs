using System.Diagnostics;
using IamPortal.Application;
using IamPortal.Application.Accounts;
using IamPortal.Application.Inventory;
using IamPortal.Application.Operators;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Effective;
using IamPortal.Infrastructure;
using IamPortal.Infrastructure.Aws;
using IamPortal.Sandbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using IamPortal.Application.Users;

namespace IamPortal.Benchmarks;

public sealed record InventoryResult(int Users, long IamCalls, double BuildMs, double RiskMs, int RiskSets, double PreviewMs, double QueryMs, double ExportMs,
    double ManagedMb, double AllocatedMb)
{
    public override string ToString() =>
        $"{Users,8} {IamCalls,9} {BuildMs,10:F0} {RiskMs,8:F0} {RiskSets,5} {PreviewMs,10:F0} {QueryMs,9:F1} {ExportMs,9:F0} {ManagedMb,10:F1} {AllocatedMb,12:F1}";
}

/// <summary>Builds the inventory of an N-user Sandbox account through the same client code that talks to AWS.</summary>
public static class InventoryBenchmark
{
    /// <summary>
    /// risk ms: every user's effective severity (the users list's Risk column), once per snapshot, and the distinct policy sets
    /// analysed for it (users sharing a set share the analysis); preview ms: attaching
    /// AdministratorAccess to the group with the most members. The query after them reads the cached severities.
    /// </summary>
    public const string Header = "   users  IAM calls   build ms  risk ms  sets  preview ms  query ms  export ms  heap MB  allocated MB";

    public static async Task<InventoryResult> RunAsync(int users)
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { SeedUsers = users });
        var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<IOperatorContext>(new BenchmarkOperator());
        var configuration = new ConfigurationBuilder().Build();
        services.AddApplication(configuration);
        services.AddInfrastructure(configuration, new IamConnectionOverride(sandbox.BaseUrl,
            SandboxAccount.OperatorAccessKeyId, SandboxAccount.OperatorSecretAccessKey));
        await using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        var inventory = scope.ServiceProvider.GetRequiredService<IInventoryService>();
        var query = scope.ServiceProvider.GetRequiredService<IUserQueryService>();
        var risk = scope.ServiceProvider.GetRequiredService<IIdentityRiskService>();
        var preview = scope.ServiceProvider.GetRequiredService<IPermissionChangePreview>();

        // The account (STS + its alias) is resolved once per portal process, before any inventory build.
        await scope.ServiceProvider.GetRequiredService<ICurrentAccount>().GetAsync();
        sandbox.Control.ResetCounters();
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var snapshot = await inventory.RefreshAsync();
        var buildMs = watch.Elapsed.TotalMilliseconds;
        var calls = sandbox.Control.TotalRequests;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        watch.Restart();
        var severities = await risk.UserSeveritiesAsync();
        var riskMs = watch.Elapsed.TotalMilliseconds;
        var riskSets = provider.GetRequiredService<EffectiveRiskCache>().AnalysedSets;
        var largest = snapshot.Groups.MaxBy(g => snapshot.GroupMembers(g.Group.GroupName).Count)!.Group.GroupName;
        watch.Restart();
        var impact = await preview.PreviewAsync([new PermissionChange.AttachPolicy(PrincipalRef.Group(largest), "arn:aws:iam::aws:policy/AdministratorAccess")]);
        var previewMs = watch.Elapsed.TotalMilliseconds;

        watch.Restart();
        var page = await query.QueryAsync(new UserQuery
        {
            Search = "a",
            Filters = [new ColumnFilter("MfaActive", ColumnFilterOperator.Equal, FilterValue.Boolean(false))],
            Sort = [new SortSpec("LastActivity", Descending: true)],
            PageSize = 50,
        });
        var queryMs = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        var csv = await query.ExportCsvAsync(new UserQuery());
        var exportMs = watch.Elapsed.TotalMilliseconds;

        GC.Collect();
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(snapshot);
        // The AwsManagedPolicy filter: the attached AWS managed policies come with their documents, so risk needed no call per policy.
        if (snapshot.Policies.Where(p => p.Policy.IsAwsManaged).Any(p => p.Versions.All(v => v.Document is null)))
            throw new InvalidOperationException("An attached AWS managed policy came without its document.");
        if (page.TotalCount == 0 || csv.Length == 0 || severities.Count != snapshot.Users.Count || impact.AffectedUsers.Count == 0)
            throw new InvalidOperationException("The benchmark read nothing.");
        return new InventoryResult(snapshot.Users.Count, calls, buildMs, riskMs, riskSets, previewMs, queryMs, exportMs, heap / 1048576.0, allocated / 1048576.0);
    }

    internal sealed class BenchmarkOperator : IOperatorContext
    {
        public OperatorIdentity Current { get; } = new("benchmark", "Benchmark", null, "Benchmark", PortalRole.Auditor);
    }
}
