using System.Diagnostics;
using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace IamPortal.Benchmarks;

/// <summary>
/// The portal process seen from outside: its CPU time, its working set, and its managed heap after a full blocking
/// collection induced over EventPipe (the way dotnet-gcdump does it), so garbage does not count as memory in use.
/// </summary>
public sealed class ServerProbe(int processId)
{
    public TimeSpan CpuTime
    {
        get
        {
            using var process = Process.GetProcessById(processId);
            return process.TotalProcessorTime;
        }
    }

    public long WorkingSet
    {
        get
        {
            using var process = Process.GetProcessById(processId);
            return process.WorkingSet64;
        }
    }

    /// <summary>Induces a full GC in the portal and returns the size of its heap right after it, in bytes.</summary>
    public async Task<long> HeapAfterFullGcAsync()
    {
        var keywords = (long)(ClrTraceEventParser.Keywords.GC | ClrTraceEventParser.Keywords.GCHeapCollect);
        using var session = new DiagnosticsClient(processId).StartEventPipeSession(
            new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, keywords), requestRundown: false);
        using var source = new EventPipeEventSource(session.EventStream);
        var induced = false;
        long? heap = null;
        source.Clr.GCStart += e => induced |= e.Reason == GCReason.Induced && e.Depth == 2;
        source.Clr.GCHeapStats += e =>
        {
            if (!induced || heap is not null) return;
            heap = e.TotalHeapSize;
            _ = Task.Run(session.Stop);
        };
        var processing = Task.Run(source.Process);
        if (await Task.WhenAny(processing, Task.Delay(TimeSpan.FromSeconds(30))) != processing) session.Stop();
        await processing;
        return heap ?? throw new TimeoutException("The portal reported no induced full GC within 30 s.");
    }
}

/// <summary>The whole machine's busy CPU time (all processes, from /proc/stat), to show what the browser took too.</summary>
public static class MachineCpu
{
    /// <summary>The 1-minute load average: other work on the machine shows here.</summary>
    public static string LoadAverage => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    public static (double Busy, double Total) Read()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(double.Parse).ToArray();
        var idle = fields[3] + fields[4];
        return (fields.Sum() - idle, fields.Sum());
    }
}
