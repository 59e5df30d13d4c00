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
    };

    /// <summary>
    /// The Sandbox as its own process: <c>--urls</c> is the host's own setting, <c>--data-file</c>, <c>--seed-users</c>
    /// and <c>--seed</c> bind <see cref="SandboxOptions"/> from the <c>Sandbox</c> section; the host's console lifetime
    /// handles Ctrl+C and SIGTERM, and the state is saved as the host stops.
    /// </summary>
    public static WebApplicationBuilder AddStandaloneIamSandbox(this WebApplicationBuilder builder, string[] args)
    {
        builder.Configuration.AddCommandLine(args, new Dictionary<string, string>(SwitchMappings));
        if (string.IsNullOrWhiteSpace(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
            builder.WebHost.UseUrls(DefaultUrls);
        // Warnings only, as when embedded: a request log line per call would drown a benchmark.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        var options = builder.Configuration.GetSection("Sandbox").Get<SandboxOptions>() ?? new SandboxOptions();
        builder.Services.AddIamSandbox(options);
        builder.Services.AddHostedService<StartupBanner>();
        return builder;
    }
}
