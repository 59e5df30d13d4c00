using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;

namespace IamPortal.E2E.Infrastructure;

/// <summary>The standalone IAM Sandbox as its own process (as docker-compose runs it), for portals that must outlive each other.</summary>
public sealed class SandboxProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SandboxProcess(Process process, Uri url) => (_process, Url) = (process, url);

    public Uri Url { get; }

    public HttpClient Control { get; } = new() { Timeout = TimeSpan.FromSeconds(10) };

    public static async Task<SandboxProcess> StartAsync(int seedUsers = 5)
    {
        var url = new Uri($"http://127.0.0.1:{PortalProcess.FreePort()}/");
        var dll = Path.Combine(RepoPaths.Root, "src", "IamPortal.Sandbox", "bin", RepoPaths.Configuration, "net10.0", "IamPortal.Sandbox.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { dll, "--urls", url.ToString().TrimEnd('/'), "--seed-users", seedUsers.ToString() }) info.ArgumentList.Add(arg);
        var sandbox = new SandboxProcess(Process.Start(info) ?? throw new InvalidOperationException("Could not start the Sandbox."), url);
        sandbox._process.OutputDataReceived += (_, e) => sandbox.Append(e.Data);
        sandbox._process.ErrorDataReceived += (_, e) => sandbox.Append(e.Data);
        sandbox._process.BeginOutputReadLine();
        sandbox._process.BeginErrorReadLine();
        for (var i = 0; i < 240; i++)
        {
            try
            {
                if ((await sandbox.Control.GetAsync(new Uri(url, "_sandbox/health"))).IsSuccessStatusCode) return sandbox;
            }
            catch (HttpRequestException) { }
            await Task.Delay(250);
        }
        await sandbox.DisposeAsync();
        throw new TimeoutException("The Sandbox did not start:\n" + sandbox._output);
    }

    /// <summary>Every call to <paramref name="actions"/> waits this long before IAM answers (a step that takes time, to stop a portal inside it).</summary>
    public async Task SlowDownAsync(int latencyMs, params string[] actions) =>
        (await Control.PutAsJsonAsync(new Uri(Url, "_sandbox/faults"), new { latencyMs, actions })).EnsureSuccessStatusCode();

    /// <summary>How many requests of each IAM action the Sandbox has answered.</summary>
    public async Task<IReadOnlyDictionary<string, int>> RequestCountsAsync()
    {
        var stats = await Control.GetFromJsonAsync<System.Text.Json.JsonElement>(new Uri(Url, "_sandbox/stats"));
        var counts = stats.EnumerateObject().First(p => p.Name.Equals("actions", StringComparison.OrdinalIgnoreCase)).Value;
        return counts.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        Control.Dispose();
    }
}
