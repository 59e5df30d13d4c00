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

/// <summary>
/// Runs the real AWS CLI against the sandbox, isolated from any local AWS configuration
/// (AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE are /dev/null, keys come from the environment).
/// Commands go through <see cref="CliHost"/>: one long-lived awscli process per fixture when possible,
/// else one <c>aws</c> process per command.
/// </summary>
public sealed class AwsCli : IDisposable
{
    private readonly Uri _endpoint;
    private readonly string _keyId;
    private readonly string _secret;
    private readonly CliHost _host;
    private readonly bool _ownsHost;
    private readonly Dictionary<string, string> _extraEnv;

    public AwsCli(Uri endpoint)
        : this(endpoint, SandboxAccount.OperatorAccessKeyId, SandboxAccount.OperatorSecretAccessKey, new CliHost(), true, [])
    {
    }

    private AwsCli(Uri endpoint, string keyId, string secret, CliHost host, bool ownsHost, Dictionary<string, string> env)
    {
        (_endpoint, _keyId, _secret, _host, _ownsHost, _extraEnv) = (endpoint, keyId, secret, host, ownsHost, env);
    }

    public static bool Available => CliHost.AwsOnPath is not null;

    /// <summary>The same CLI signing with other credentials.</summary>
    public AwsCli WithKey(string id, string secretKey) => new(_endpoint, id, secretKey, _host, false, _extraEnv);

    /// <summary>The same CLI with extra environment variables (e.g. AWS_MAX_ATTEMPTS).</summary>
    public AwsCli WithEnvironment(params (string Key, string Value)[] env) =>
        new(_endpoint, _keyId, _secret, _host, false, new Dictionary<string, string>(_extraEnv.Concat(env.Select(e => KeyValuePair.Create(e.Key, e.Value)))));

    /// <summary>Runs <c>aws {args} --endpoint-url ... --output json</c> and returns exit code, stdout and stderr.</summary>
    public Task<CliResult> RunAsync(params string[] args)
    {
        Skip.IfNot(Available, "The AWS CLI (aws) is not on PATH.");
        string[] full = [.. args, "--endpoint-url", _endpoint.ToString().TrimEnd('/'), "--output", "json"];
        var env = new Dictionary<string, string>
        {
            ["AWS_ACCESS_KEY_ID"] = _keyId,
            ["AWS_SECRET_ACCESS_KEY"] = _secret,
            ["AWS_DEFAULT_REGION"] = SandboxAccount.Region,
            ["AWS_CONFIG_FILE"] = "/dev/null",
            ["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null",
            ["AWS_EC2_METADATA_DISABLED"] = "true",
            ["AWS_PAGER"] = "",
        };
        foreach (var (k, v) in _extraEnv) env[k] = v;
        return _host.RunAsync(full, env);
    }

    public void Dispose()
    {
        if (_ownsHost) _host.Dispose();
    }
}
