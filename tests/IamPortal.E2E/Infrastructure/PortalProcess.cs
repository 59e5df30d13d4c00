using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace IamPortal.E2E.Infrastructure;

/// <summary>
/// The real portal, started as its own process exactly as the README's run command does (demo mode on the built-in
/// Sandbox), on a free loopback port, with its own data folder. Extra settings arrive as environment variables.
/// </summary>
public sealed class PortalProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    public Uri BaseUrl { get; }
    public string DataPath { get; }

    private PortalProcess(Process process, Uri baseUrl, string dataPath)
    {
        _process = process;
        BaseUrl = baseUrl;
        DataPath = dataPath;
    }

    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <summary>The portal's own process (the benchmarks read its CPU time and memory).</summary>
    public int ProcessId => _process.Id;

    /// <summary>The demo's in-process IAM Sandbox, as the portal logged it at start: for the AWS CLI to check end states.</summary>
    public Uri SandboxUrl =>
        System.Text.RegularExpressions.Regex.Match(Output, @"IAM Sandbox listening at (http://\S+)") is { Success: true } m
            ? new Uri(m.Groups[1].Value)
            : throw new InvalidOperationException($"The portal did not log its Sandbox's URL:\n{Output}");

    /// <param name="port">A fixed port, when the caller must know the portal's URL before it starts (an OIDC client registration); a free one otherwise.</param>
    /// <param name="appDir">A published portal's folder (run from there, as its container does); the built project otherwise.</param>
    public static async Task<PortalProcess> StartAsync(IDictionary<string, string>? settings = null, TimeSpan? timeout = null, int? port = null,
        string? appDir = null)
    {
        // A port found free can be taken before the portal binds it (its in-process Sandbox also asks the OS for a
        // port), so a start that fails with "address already in use" is tried again.
        for (var attempt = 1; ; attempt++)
        {
            try { return await StartOnceAsync(settings, timeout, port, appDir); }
            catch (InvalidOperationException e) when (attempt < 3 && e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase)) { }
        }
    }

    private static async Task<PortalProcess> StartOnceAsync(IDictionary<string, string>? settings, TimeSpan? timeout, int? port, string? appDir)
    {
        port ??= FreePort();
        var baseUrl = new Uri($"http://127.0.0.1:{port}/");
        var dataPath = Directory.CreateTempSubdirectory("iamportal-e2e-").FullName;
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = appDir ?? RepoPaths.WebProjectDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { appDir is null ? RepoPaths.WebDll : Path.Combine(appDir, "IamPortal.Web.dll"), "--urls", baseUrl.ToString().TrimEnd('/') }) info.ArgumentList.Add(arg);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["Portal__DataPath"] = dataPath;
        info.Environment["Sandbox__SeedUsers"] = "120";
        // Tests of the features act as the Development provider's Security admin without the persona picker;
        // sign-in tests override this (empty: the picker) or use another provider.
        info.Environment["Authentication__Development__AutoSignIn"] = "SecurityAdmin";
        foreach (var name in new[] { "AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_IAM", "AWS_REGION" })
            info.Environment.Remove(name);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) info.Environment[key] = value;

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the portal.");
        var portal = new PortalProcess(process, baseUrl, dataPath);
        process.OutputDataReceived += (_, e) => portal.Append(e.Data);
        process.ErrorDataReceived += (_, e) => portal.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try { await portal.WaitHealthyAsync(timeout ?? TimeSpan.FromSeconds(90)); }
        catch
        {
            await portal.DisposeAsync();
            throw;
        }
        return portal;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                // Let the output readers reach the end first: a portal that refuses to start says why on its last lines.
                await _process.WaitForExitAsync();
                throw new InvalidOperationException($"The portal exited with {_process.ExitCode}:\n{Output}");
            }
            try
            {
                if ((await http.GetAsync("healthz")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The portal did not become healthy within {timeout}:\n{Output}");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try { Directory.Delete(DataPath, recursive: true); } catch (IOException) { }
    }
}
