using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace IamPortal.Sandbox.Tests.Infrastructure;

public sealed partial record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public JsonElement Json => JsonDocument.Parse(Stdout).RootElement;

    /// <summary>The IAM error code the CLI printed ("An error occurred (Code) when calling ...").</summary>
    public string? ErrorCode => ErrorPattern().Match(Stderr) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"An error occurred \(([A-Za-z]+)\)")]
    private static partial Regex ErrorPattern();

    public CliResult ShouldSucceed()
    {
        if (ExitCode != 0) throw new Xunit.Sdk.XunitException($"aws exited {ExitCode}: {Stderr}");
        return this;
    }
}

/// <summary>Runs the real AWS CLI against the sandbox, isolated from any local AWS configuration.</summary>
public sealed class AwsCli(Uri endpoint, string accessKeyId = SandboxAccount.OperatorAccessKeyId, string secret = SandboxAccount.OperatorSecretAccessKey)
{
    private static readonly Lazy<bool> IsAvailable = new(() =>
        (System.Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(dir => File.Exists(Path.Combine(dir, "aws"))));

    public static bool Available => IsAvailable.Value;

    public Dictionary<string, string> Environment { get; } = new();

    public AwsCli WithKey(string id, string secretKey) => new(endpoint, id, secretKey);

    /// <summary>Runs <c>aws {args} --endpoint-url ... --output json</c> and returns exit code, stdout and stderr.</summary>
    public async Task<CliResult> RunAsync(params string[] args)
    {
        Skip.IfNot(Available, "The AWS CLI (aws) is not on PATH.");
        var psi = new ProcessStartInfo("aws")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.ArgumentList.Add("--endpoint-url");
        psi.ArgumentList.Add(endpoint.ToString().TrimEnd('/'));
        psi.ArgumentList.Add("--output");
        psi.ArgumentList.Add("json");
        psi.Environment["AWS_ACCESS_KEY_ID"] = accessKeyId;
        psi.Environment["AWS_SECRET_ACCESS_KEY"] = secret;
        psi.Environment["AWS_DEFAULT_REGION"] = SandboxAccount.Region;
        psi.Environment["AWS_CONFIG_FILE"] = "/dev/null";
        psi.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null";
        psi.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        psi.Environment["AWS_PAGER"] = "";
        psi.Environment.Remove("AWS_SESSION_TOKEN");
        psi.Environment.Remove("AWS_PROFILE");
        foreach (var (k, v) in Environment) psi.Environment[k] = v;

        using var process = Process.Start(psi) ?? throw new InvalidOperationException("Could not start aws");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }
}
