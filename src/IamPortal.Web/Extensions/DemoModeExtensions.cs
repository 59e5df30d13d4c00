using IamPortal.Infrastructure.Aws;
using IamPortal.Sandbox;
using IamPortal.Web.Demo;

namespace IamPortal.Web.Extensions;

public static class DemoModeExtensions
{
    /// <summary>
    /// Demo mode: reaches a Sandbox over HTTP with the Sandbox's operator keys, through the same IAM client used for AWS.
    /// Uses the standalone Sandbox at <c>Sandbox:Url</c> when set; otherwise starts one in-process now, before the host
    /// is built, so its URL is known, with its data in <c>{Portal:DataPath}/sandbox.json</c>.
    /// </summary>
    public static async Task<IamConnectionOverride> AddDemoSandboxAsync(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var externalUrl = configuration["Sandbox:Url"];
        Uri sandboxUrl;
        if (!string.IsNullOrWhiteSpace(externalUrl))
        {
            if (!Uri.TryCreate(externalUrl, UriKind.Absolute, out var parsed))
            {
                throw new InvalidOperationException($"Sandbox:Url '{externalUrl}' is not an absolute URL.");
            }
            sandboxUrl = parsed;
        }
        else
        {
            var sandbox = await StartSandboxAsync(new SandboxOptions
            {
                Urls = "http://127.0.0.1:0",
                DataFile = Path.Combine(DataPath(builder), "sandbox.json"),
                SeedUsers = configuration.GetValue("Sandbox:SeedUsers", 300),
                Seed = configuration.GetValue("Sandbox:Seed", 42),
            });
            builder.Services.AddSingleton(sandbox);
            builder.Services.AddHostedService(sp => new SandboxHostedLifetime(sandbox, sp.GetRequiredService<ILogger<SandboxHostedLifetime>>()));
            sandboxUrl = sandbox.BaseUrl;
        }

        builder.Services.AddSingleton(new PortalRuntime(PortalMode.Demo, sandboxUrl));
        return new IamConnectionOverride(sandboxUrl, SandboxAccount.OperatorAccessKeyId, SandboxAccount.OperatorSecretAccessKey);
    }

    /// <summary>
    /// Starts the Sandbox's own web host without the portal's execution context. Tools that host the portal
    /// (WebApplicationFactory, dotnet-ef) capture the first host built in the entry point's async flow; the Sandbox is
    /// built first, so it must be built outside that flow or those tools would take it for the portal.
    /// </summary>
    private static Task<SandboxServer> StartSandboxAsync(SandboxOptions options)
    {
        using (ExecutionContext.SuppressFlow())
        {
            return Task.Run(() => SandboxServer.StartAsync(options));
        }
    }

    /// <summary><c>Portal:DataPath</c>, default <c>&lt;ContentRoot&gt;/App_Data</c>; created when missing.</summary>
    public static string DataPath(WebApplicationBuilder builder)
    {
        var configured = builder.Configuration["Portal:DataPath"];
        var path = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(builder.Environment.ContentRootPath, "App_Data")
            : Path.GetFullPath(configured, builder.Environment.ContentRootPath);
        Directory.CreateDirectory(path);
        return path;
    }
}
