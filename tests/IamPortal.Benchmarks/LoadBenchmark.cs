using System.Diagnostics;
using System.Text;
using IamPortal.E2E.Infrastructure;
using Microsoft.Playwright;

namespace IamPortal.Benchmarks;

public sealed record LoadOptions(int Users, int Operators, int Rounds, int ThinkMs);

/// <summary>
/// Operators at once on an N-user demo account, each a browser context (a real circuit) in one Chromium: first the
/// memory of idle circuits (the portal's heap after a full GC and its working set, before and after opening them one
/// after another on the users list), then all of them searching, filtering, sorting and opening users together, timed
/// in the page from action to the expected DOM change, with the portal's CPU time over the run.
/// </summary>
public static class LoadBenchmark
{
    private const double Mb = 1024 * 1024;

    public static async Task<string> RunAsync(LoadOptions options)
    {
        await using var portal = await PortalProcess.StartAsync(
            new Dictionary<string, string> { ["Sandbox__SeedUsers"] = options.Users.ToString() }, TimeSpan.FromMinutes(5));
        var probe = new ServerProbe(portal.ProcessId);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BenchmarkBrowser.LaunchAsync(playwright);

        // One circuit stays open throughout: the inventory is built and every code path has run once before measuring.
        var (warm, _) = await LoadOperator.OpenAsync(browser, portal.BaseUrl);
        await warm.RunAsync(rounds: 1, thinkMs: 0, new Random(0));
        await Task.Delay(TimeSpan.FromSeconds(3));
        var (heapBefore, setBefore) = (await probe.HeapAfterFullGcAsync(), probe.WorkingSet);

        var operators = new List<LoadOperator>();
        var samples = new List<InteractionSample>();
        for (var i = 0; i < options.Operators; i++)
        {
            try
            {
                var (op, first) = await LoadOperator.OpenAsync(browser, portal.BaseUrl);
                operators.Add(op);
                samples.Add(first);
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                Console.Error.WriteLine($"  operator {i + 1} could not open the users list, stopping at {operators.Count}: {e.Message.Split('\n')[0]}");
                break;
            }
        }
        await Task.Delay(TimeSpan.FromSeconds(5));
        var (heapIdle, setIdle) = (await probe.HeapAfterFullGcAsync(), probe.WorkingSet);
        var n = Math.Max(operators.Count, 1);
        var memory = $"idle circuits on the users list: GC heap after full GC {heapBefore / Mb:F0} -> {heapIdle / Mb:F0} MB = " +
                     $"{(heapIdle - heapBefore) / Mb / n:F2} MB per circuit; working set {setBefore / Mb:F0} -> {setIdle / Mb:F0} MB = " +
                     $"{(setIdle - setBefore) / Mb / n:F2} MB per circuit";
        Console.WriteLine($"{operators.Count} of {options.Operators} circuits open; {memory}");

        var loadBefore = MachineCpu.LoadAverage;
        var cpuBefore = probe.CpuTime;
        var machineBefore = MachineCpu.Read();
        var wall = Stopwatch.StartNew();
        var runs = await Task.WhenAll(operators.Select((op, i) => op.RunAsync(options.Rounds, options.ThinkMs, new Random(i + 1))));
        var elapsed = wall.Elapsed.TotalSeconds;
        var cpu = (probe.CpuTime - cpuBefore).TotalSeconds;
        var machineAfter = MachineCpu.Read();
        samples.AddRange(runs.SelectMany(r => r));

        var report = new StringBuilder()
            .AppendLine($"{options.Users:N0} users; {options.Operators} operators attempted, {operators.Count} circuits achieved (+1 warm-up), " +
                        $"{operators.Count(o => !o.Stalled)} finished every round without a failure; " +
                        $"{options.Rounds} rounds each, think time {options.ThinkMs / 2}-{options.ThinkMs * 3 / 2} ms")
            .AppendLine(Table(samples))
            .AppendLine($"portal CPU during the run: {cpu:F1} s over {elapsed:F1} s = {cpu / elapsed:F2} cores " +
                        $"({cpu / elapsed / Environment.ProcessorCount:P0} of {Environment.ProcessorCount}); whole machine (the browser and anything else running) " +
                        $"{(machineAfter.Busy - machineBefore.Busy) / (machineAfter.Total - machineBefore.Total):P0} busy, " +
                        $"load average {loadBefore} before, {MachineCpu.LoadAverage} after")
            .AppendLine(memory);
        foreach (var op in operators) await op.DisposeAsync();
        await warm.DisposeAsync();
        return report.ToString();
    }

    private static string Table(IReadOnlyList<InteractionSample> samples)
    {
        var table = new StringBuilder($"{"interaction",-34} {"n",5} {"p50 ms",8} {"p95 ms",8} {"max ms",8} {"failed",7}\n");
        void Row(string name, IEnumerable<InteractionSample> group)
        {
            var all = group.ToList();
            var ok = all.Where(s => !s.Failed).Select(s => s.Ms).Order().ToList();
            table.Append($"{name,-34} {ok.Count,5} {Percentile(ok, 50),8:F0} {Percentile(ok, 95),8:F0} {(ok.Count > 0 ? ok[^1] : double.NaN),8:F0} {all.Count - ok.Count,7}\n");
        }
        foreach (var group in samples.GroupBy(s => s.Name)) Row(group.Key, group);
        Row("all in-circuit interactions but search", samples.Where(s => s.Name != LoadOperator.FirstOpen && !s.Name.StartsWith("search", StringComparison.Ordinal)));
        return table.ToString();
    }

    /// <summary>Nearest rank.</summary>
    private static double Percentile(IReadOnlyList<double> sorted, int p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
