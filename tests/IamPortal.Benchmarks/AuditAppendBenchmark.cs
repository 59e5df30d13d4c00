using System.Diagnostics;
using IamPortal.Application.Audit;
using IamPortal.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Benchmarks;

/// <summary>
/// Audit appends per second into the portal's database as one portal instance makes them. Run several at once (as
/// several instances append) to measure the chain under contention:
/// <c>audit-append --connection "Host=...;Database=..." --count 200 --writer a</c>. The chain is verified afterwards by
/// whoever started the writers (E2E/Deployment/TwoInstancesTests does).
/// </summary>
public static class AuditAppendBenchmark
{
    public static async Task<string> RunAsync(string[] args)
    {
        string Arg(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var connection = Arg("--connection", "");
        if (connection.Length == 0) throw new ArgumentException("audit-append needs --connection <the portal's connection string>.");
        var count = int.Parse(Arg("--count", "200"));
        var writer = Arg("--writer", Environment.ProcessId.ToString());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Portal"] = connection }).Build();
        await using var services = new ServiceCollection().AddPortalPersistence(configuration, Path.GetTempPath()).BuildServiceProvider();
        await services.MigratePortalDatabaseAsync();
        var log = services.GetRequiredService<IAuditLog>();
        var clock = Stopwatch.StartNew();
        // Four appends in flight at a time, as several circuits of one instance would make them.
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
            await log.AppendAsync(new AuditRecord(DateTimeOffset.UtcNow, $"benchmark:{writer}", $"Writer {writer}", null, "Benchmark", "SecurityAdmin",
                "123456789012", "Benchmark.Append", $"entry-{i}", "{}", AuditOutcomes.Success, null, $"{writer}-{i}"), ct));
        return $"writer {writer}: {count} appends in {clock.ElapsedMilliseconds} ms ({count / clock.Elapsed.TotalSeconds:0} per second)";
    }
}
