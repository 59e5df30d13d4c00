using IamPortal.Infrastructure.Aws;
using IamPortal.Sandbox;
using IamPortal.Web.Demo;

namespace IamPortal.Web.Extensions;

public static class DemoModeExtensions
{
    /// <summary>
    /// Demo mode: reaches a Sandbox over HTTP with the Sandbox's operator keys, through the same IAM client used for AWS.
    /// Uses the standalone Sandbox at <c>Sandbox:Url</c> when set; otherwise the portal's host starts one
    /// (<see cref="DemoSandboxService"/>) with its data in <c>{Portal:DataPath}/sandbox.json</c>. Returns the IAM
    /// connection, resolved on first use: by then the host has started the Sandbox and knows its port.
    /// </summary>
    public static Func<IServiceProvider, IamConnectionOverride> AddDemoSandbox(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var externalUrl = configuration["Sandbox:Url"];
        if (!string.IsNullOrWhiteSpace(externalUrl))
        {
            if (!Uri.TryCreate(externalUrl, UriKind.Absolute, out var sandboxUrl))
            {
                throw new InvalidOperationException($"Sandbox:Url '{externalUrl}' is not an absolute URL.");
            }
            builder.Services.AddSingleton(new PortalRuntime(PortalMode.Demo, sandboxUrl));
            return _ => OperatorConnection(sandboxUrl);
        }

        var dataFile = Path.Combine(DataPath(builder), "sandbox.json");
        // The demo Sandbox is an AWS Organization (management, security, production, staging, development, one suspended
        // account) unless Sandbox:Organization is false; the portal then finds its accounts the way it would in AWS.
        var organization = configuration.GetValue("Sandbox:Organization", true);
        if (organization && !configuration.GetSection(Application.Accounts.AccountsOptions.SectionName).Exists())
        {
            configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Accounts:DiscoverFromOrganizations"] = "true" });
        }
        builder.Services.AddOptions<SandboxOptions>().Configure(o =>
        {
            o.Urls = "http://127.0.0.1:0";
            o.DataFile = dataFile;
            o.SeedUsers = configuration.GetValue("Sandbox:SeedUsers", 300);
            o.Seed = configuration.GetValue("Sandbox:Seed", 42);
            o.Organization = organization ? SandboxOrganizationOptions.Demo() : null;
        });
        builder.Services.AddSingleton<DemoSandboxService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DemoSandboxService>());
        builder.Services.AddSingleton(sp => sp.GetRequiredService<DemoSandboxService>().Server);
        builder.Services.AddSingleton(sp => new PortalRuntime(PortalMode.Demo, sp.GetRequiredService<SandboxServer>().BaseUrl));
        return sp => OperatorConnection(sp.GetRequiredService<SandboxServer>().BaseUrl);
    }

    private static IamConnectionOverride OperatorConnection(Uri sandboxUrl) =>
        new(sandboxUrl, SandboxAccount.OperatorAccessKeyId, SandboxAccount.OperatorSecretAccessKey);

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
