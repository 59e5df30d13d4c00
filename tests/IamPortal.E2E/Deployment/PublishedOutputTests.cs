using System.Diagnostics;
using System.Net;
using IamPortal.E2E.Infrastructure;

namespace IamPortal.E2E.Deployment;

/// <summary>The portal and the Sandbox published once for the class, as the Dockerfile's build stage does.</summary>
public sealed class PublishedOutput : IAsyncLifetime
{
    private readonly string _out = Directory.CreateTempSubdirectory("iamportal-publish-").FullName;
    public string WebDir => Path.Combine(_out, "web");
    public string SandboxDir => Path.Combine(_out, "sandbox");

    public async Task InitializeAsync()
    {
        await PublishAsync("IamPortal.Web", WebDir);
        await PublishAsync("IamPortal.Sandbox", SandboxDir);
    }

    private static async Task PublishAsync(string project, string output)
    {
        var csproj = Path.Combine(RepoPaths.Root, "src", project, project + ".csproj");
        var (exitCode, log) = await RunAsync("dotnet", ["publish", csproj, "-c", RepoPaths.Configuration, "--no-build", "-nologo", "-o", output], TimeSpan.FromMinutes(4));
        exitCode.Should().Be(0, $"dotnet publish {project} must succeed as in the Dockerfile:\n{log}");
    }

    private static async Task<(int ExitCode, string Log)> RunAsync(string file, string[] args, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cts.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    public Task DisposeAsync()
    {
        try { Directory.Delete(_out, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }
}

/// <summary>
/// What the Dockerfile does, short of Docker (there is no engine here): publish the portal and the Sandbox, then run the
/// published output from its own folder, as the images' entry points do.
/// </summary>
public sealed class PublishedOutputTests(PublishedOutput published) : IClassFixture<PublishedOutput>
{
    private string WebDir => published.WebDir;
    private string SandboxDir => published.SandboxDir;

    [Fact]
    public async Task PublishedPortal_Development_ServesHealthPagesAndStaticAssets_WithoutLocalData()
    {
        Directory.Exists(Path.Combine(WebDir, "App_Data")).Should().BeFalse("local demo data must never be published");
        await using var portal = await PortalProcess.StartAsync(appDir: WebDir);
        using var http = new HttpClient { BaseAddress = portal.BaseUrl };

        (await http.GetAsync("healthz")).StatusCode.Should().Be(HttpStatusCode.OK);
        var users = await http.GetAsync("users");
        users.StatusCode.Should().Be(HttpStatusCode.OK);
        (await users.Content.ReadAsStringAsync()).Should().Contain("IAM users");
        foreach (var asset in new[] { "app.css", "_framework/blazor.web.js", "_content/MudBlazor/MudBlazor.min.css" })
            (await http.GetAsync(asset)).StatusCode.Should().Be(HttpStatusCode.OK, asset);
    }

    [Fact]
    public async Task PublishedPortal_ProductionWithoutSso_RefusesToStartNamingTheSetting()
    {
        var start = () => PortalProcess.StartAsync(new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" },
            TimeSpan.FromSeconds(60), appDir: WebDir);

        (await start.Should().ThrowAsync<InvalidOperationException>()).Which.Message
            .Should().Contain("exited").And.Contain("Authentication:Provider");
    }

    [Fact]
    public async Task PublishedSandbox_AnswersItsHealthCheck()
    {
        var port = PortalProcess.FreePort();
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = SandboxDir, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "IamPortal.Sandbox.dll", "--urls", $"http://127.0.0.1:{port}", "--seed-users", "20" }) info.ArgumentList.Add(arg);
        using var sandbox = Process.Start(info)!;
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(5) };
            var status = HttpStatusCode.ServiceUnavailable;
            for (var deadline = DateTime.UtcNow.AddSeconds(60); DateTime.UtcNow < deadline && status != HttpStatusCode.OK && !sandbox.HasExited; await Task.Delay(250))
            {
                try { status = (await http.GetAsync("_sandbox/health")).StatusCode; }
                catch (HttpRequestException) { }
            }
            status.Should().Be(HttpStatusCode.OK);
        }
        finally
        {
            sandbox.Kill(entireProcessTree: true);
            await sandbox.WaitForExitAsync();
        }
    }
}
