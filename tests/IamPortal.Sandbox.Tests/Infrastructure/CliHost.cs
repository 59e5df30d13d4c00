using System.Diagnostics;
using System.Text.Json;

namespace IamPortal.Sandbox.Tests.Infrastructure;

/// <summary>
/// Executes AWS CLI commands. Preferred: a persistent Python process running cli_driver.py, which calls
/// awscli.clidriver (exactly what the `aws` script runs) once per command, saving ~0.5 s of start-up each.
/// Fallback when that interpreter cannot import awscli: a fresh `aws` process per command.
/// </summary>
public sealed class CliHost : IDisposable
{
    private static readonly string[] Scrubbed = ["AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_SECURITY_TOKEN", "AWS_ROLE_ARN", "AWS_WEB_IDENTITY_TOKEN_FILE"];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Process? _driver;
    private bool _driverFailed;

    public static string? AwsOnPath { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator).Select(dir => Path.Combine(dir, "aws")).FirstOrDefault(File.Exists);

    public async Task<CliResult> RunAsync(string[] args, Dictionary<string, string> env)
    {
        await _gate.WaitAsync();
        try
        {
            if (!_driverFailed && (_driver ??= await StartDriverAsync()) is { } driver)
            {
                var request = JsonSerializer.Serialize(new { args, env });
                await driver.StandardInput.WriteLineAsync(request);
                await driver.StandardInput.FlushAsync();
                var line = await driver.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(90))
                    ?? throw new InvalidOperationException("The AWS CLI driver exited.");
                var response = JsonDocument.Parse(line).RootElement;
                return new CliResult(response.GetProperty("code").GetInt32(), response.GetProperty("out").GetString()!, response.GetProperty("err").GetString()!);
            }
            return await RunProcessAsync(args, env);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<Process?> StartDriverAsync()
    {
        var script = Path.Combine(AppContext.BaseDirectory, "cli_driver.py");
        if (!File.Exists(script)) { _driverFailed = true; return null; }
        try
        {
            var psi = new ProcessStartInfo(PythonOfAws())
            {
                RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            psi.ArgumentList.Add(script);
            foreach (var name in Scrubbed) psi.Environment.Remove(name);
            var process = Process.Start(psi)!;
            process.ErrorDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            var ready = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            if (ready is not null && ready.Contains("ready", StringComparison.Ordinal)) return process;
            process.Kill();
            process.Dispose();
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException or TimeoutException)
        {
        }
        _driverFailed = true;
        return null;
    }

    /// <summary>The interpreter of the `aws` script (its shebang), else python3.</summary>
    private static string PythonOfAws()
    {
        if (Environment.GetEnvironmentVariable("IAMPORTAL_AWS_PYTHON") is { Length: > 0 } configured) return configured;
        if (AwsOnPath is null) return "python3";
        var first = File.ReadLines(AwsOnPath).FirstOrDefault() ?? "";
        if (!first.StartsWith("#!", StringComparison.Ordinal) || !first.Contains("python", StringComparison.Ordinal)) return "python3";
        var parts = first[2..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts[0].EndsWith("/env", StringComparison.Ordinal) && parts.Length > 1 ? parts[1] : parts[0];
    }

    private static async Task<CliResult> RunProcessAsync(string[] args, Dictionary<string, string> env)
    {
        var psi = new ProcessStartInfo("aws") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var name in Scrubbed) psi.Environment.Remove(name);
        foreach (var (k, v) in env) psi.Environment[k] = v;
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("Could not start aws");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    public void Dispose()
    {
        if (_driver is { } d)
        {
            try
            {
                d.StandardInput.Close();
                if (!d.WaitForExit(2000)) d.Kill();
            }
            catch (InvalidOperationException)
            {
            }
            d.Dispose();
        }
        _gate.Dispose();
    }
}
