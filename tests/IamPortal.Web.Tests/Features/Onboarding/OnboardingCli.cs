using System.Diagnostics;
using System.Text.Json;
using IamPortal.Sandbox;

namespace IamPortal.Web.Tests.Features.Onboarding;

/// <summary>
/// The real AWS CLI against the Sandbox, isolated from any local AWS configuration, to confirm end states. Signs with
/// the Sandbox's operator key unless given another (e.g. a key the portal issued, to make IAM record its use).
/// </summary>
public sealed class OnboardingCli(Uri endpoint, string? accessKeyId = null, string? secretAccessKey = null)
{
    public static bool Available =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, "aws")));

    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public JsonElement Json => JsonDocument.Parse(Stdout).RootElement;
    }

    public async Task<Result> RunAsync(params string[] args)
    {
        Skip.IfNot(Available, "The AWS CLI (aws) is not on PATH.");
        var psi = new ProcessStartInfo("aws") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args.Concat(["--endpoint-url", endpoint.ToString().TrimEnd('/'), "--output", "json"])) psi.ArgumentList.Add(a);
        psi.Environment["AWS_ACCESS_KEY_ID"] = accessKeyId ?? SandboxAccount.OperatorAccessKeyId;
        psi.Environment["AWS_SECRET_ACCESS_KEY"] = secretAccessKey ?? SandboxAccount.OperatorSecretAccessKey;
        psi.Environment["AWS_DEFAULT_REGION"] = SandboxAccount.Region;
        psi.Environment["AWS_CONFIG_FILE"] = "/dev/null";
        psi.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null";
        psi.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        psi.Environment["AWS_PAGER"] = "";
        psi.Environment.Remove("AWS_SESSION_TOKEN");
        psi.Environment.Remove("AWS_PROFILE");
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("Could not start aws");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
