using System.Diagnostics;
using IamPortal.Application;
using IamPortal.Application.Accounts;
using IamPortal.Application.Inventory;
using IamPortal.Application.Operators;
using IamPortal.Application.Trends;
using IamPortal.Infrastructure;
using IamPortal.Infrastructure.Aws;
using IamPortal.Sandbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IamPortal.Benchmarks;

/// <summary>The auditors' side at scale: IAM requests per refresh against issue 12's bound, and the trends computations.</summary>
public sealed record AuditorsResult(int Users, int MfaDevices, long IamRequests, int Bound, double RefreshMs, double EvaluateMs, int Findings,
    double SnapshotMs, int CanonicalKb, int CompressedKb, double CompareMs, double RemediateMs, double WorkingSetMb)
{
    public override string ToString() =>
        $"{Users,8} {MfaDevices,6} {IamRequests,9} {Bound,6} {RefreshMs,10:F0} {EvaluateMs,11:F1} {Findings,8} {SnapshotMs,11:F1} {CanonicalKb,8} {CompressedKb,7} {CompareMs,10:F1} {RemediateMs,12:F1} {WorkingSetMb,8:F0}";
}

public static class AuditorsBenchmark
{
    public const string Header = "   users   MFA  requests  bound refresh ms evaluate ms findings snapshot ms  json KB gzip KB compare ms remediate ms  WS MB";

    public static async Task<AuditorsResult> RunAsync(int users)
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { SeedUsers = users });
        var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<IOperatorContext>(new InventoryBenchmark.BenchmarkOperator());
        var configuration = new ConfigurationBuilder().Build();
        services.AddApplication(configuration);
        services.AddInfrastructure(configuration, new IamConnectionOverride(sandbox.BaseUrl,
            SandboxAccount.OperatorAccessKeyId, SandboxAccount.OperatorSecretAccessKey));
        await using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        var inventory = scope.ServiceProvider.GetRequiredService<IInventoryService>();
        var source = scope.ServiceProvider.GetRequiredService<ITrendStateSource>();
        var account = await scope.ServiceProvider.GetRequiredService<ICurrentAccount>().GetAsync();

        sandbox.Control.ResetCounters();
        var watch = Stopwatch.StartNew();
        var snapshot = await inventory.RefreshAsync();
        var refreshMs = watch.Elapsed.TotalMilliseconds;
        var requests = sandbox.Control.TotalRequests;
        var mfa = snapshot.Users.Count(u => u.VirtualMfaSerial is not null);
        var bound = Ceil(snapshot.Users.Count) + Ceil(mfa) + 3;

        watch.Restart();
        var state = await source.ReadAsync(snapshot);
        var evaluateMs = watch.Elapsed.TotalMilliseconds;

        watch.Restart();
        var canonical = TrendCodec.Canonical(new TrendDocument(TrendCodec.Schema, account.AccountId, DateTimeOffset.UtcNow, "benchmark", state.Summary, state.Findings));
        _ = TrendCodec.Sha256(canonical);
        var compressed = TrendCodec.Compress(canonical);
        var snapshotMs = watch.Elapsed.TotalMilliseconds;

        // A later state where every tenth failing finding is fixed: the comparison and 30 daily snapshots' time to remediate.
        var later = state with { Findings = [.. state.Findings.Select((f, i) => f.IsOpen && i % 10 == 0 ? f with { Status = TrendFindingStatus.Pass } : f)] };
        watch.Restart();
        var changes = TrendComparer.Compare(state, later);
        var compareMs = watch.Elapsed.TotalMilliseconds;
        var history = Enumerable.Range(0, 30).Select(d => (DateTimeOffset.UnixEpoch.AddDays(d), d % 2 == 0 ? state : later)).ToList();
        watch.Restart();
        _ = TrendComparer.RemediationTimes(history);
        var remediateMs = watch.Elapsed.TotalMilliseconds;
        GC.KeepAlive(changes);

        return new AuditorsResult(snapshot.Users.Count, mfa, requests, bound, refreshMs, evaluateMs, state.Findings.Count, snapshotMs,
            canonical.Length / 1024, compressed.Length / 1024, compareMs, remediateMs, Process.GetCurrentProcess().WorkingSet64 / 1048576.0);
    }

    private static int Ceil(int n) => (n + 999) / 1000;
}
