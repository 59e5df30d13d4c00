using IamPortal.Sandbox.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IamPortal.Sandbox;

public static class StandaloneSandboxExtensions
{
    /// <summary>Where the standalone Sandbox listens when neither <c>--urls</c> nor <c>ASPNETCORE_URLS</c> says.</summary>
    public const string DefaultUrls = "http://127.0.0.1:4566";

    /// <summary>The Sandbox's own switches, as keys of the <c>Sandbox</c> section (<c>Sandbox__SeedUsers</c> works too).</summary>
    public static readonly IReadOnlyDictionary<string, string> SwitchMappings = new Dictionary<string, string>
    {
        ["--data-file"] = "Sandbox:DataFile",
        ["--seed-users"] = "Sandbox:SeedUsers",
        ["--seed"] = "Sandbox:Seed",
        ["--organization"] = "Sandbox:OrganizationPreset",
    };

    /// <summary>
    /// The Sandbox as its own process: <c>--urls</c> is the host's own setting, <c>--data-file</c>, <c>--seed-users</c>,
    /// <c>--seed</c> and <c>--organization demo</c> bind <see cref="SandboxOptions"/> from the <c>Sandbox</c> section; the
    /// host's console lifetime handles Ctrl+C and SIGTERM, and the state is saved as the host stops.
    /// </summary>
    public static WebApplicationBuilder AddStandaloneIamSandbox(this WebApplicationBuilder builder, string[] args)
    {
        builder.Configuration.AddCommandLine(args, new Dictionary<string, string>(SwitchMappings));
        if (string.IsNullOrWhiteSpace(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
            builder.WebHost.UseUrls(DefaultUrls);
        // Warnings only, as when embedded: a request log line per call would drown a benchmark.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        var options = builder.Configuration.GetSection("Sandbox").Get<SandboxOptions>() ?? new SandboxOptions();
        options.Organization ??= Preset(builder.Configuration["Sandbox:OrganizationPreset"]);
        builder.Services.AddIamSandbox(options);
        builder.Services.AddHostedService<StartupBanner>();
        return builder;
    }

    /// <summary><c>--organization demo</c> (the demo organization) or <c>--organization uniform:ACCOUNTS:USERS</c> (benchmarks).</summary>
    public static SandboxOrganizationOptions? Preset(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name == "none") return null;
        if (name == "demo") return SandboxOrganizationOptions.Demo();
        var parts = name.Split(':');
        if (parts is ["uniform", var a, var u] && int.TryParse(a, out var accounts) && int.TryParse(u, out var users))
            return SandboxOrganizationOptions.Uniform(accounts, users);
        throw new ArgumentException($"Unknown organization preset '{name}': use demo, uniform:ACCOUNTS:USERS or none.", nameof(name));
    }
}
