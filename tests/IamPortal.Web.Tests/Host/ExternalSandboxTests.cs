using IamPortal.Application.Iam;
using IamPortal.Sandbox;
using IamPortal.Web.Components;
using IamPortal.Web.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Web.Tests.Host;

/// <summary>Demo mode against an already running Sandbox (docker-compose): <c>Sandbox:Url</c> instead of starting one.</summary>
public sealed class ExternalSandboxTests
{
    [Fact]
    public async Task DemoMode_WithSandboxUrl_UsesThatSandboxAndStartsNone()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "iamportal-web-tests", Guid.NewGuid().ToString("N"));
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { SeedUsers = 12, Seed = 3 });
        await using var factory = new WebApplicationFactory<App>().WithWebHostBuilder(b => b
            .UseEnvironment("Development")
            .UseSetting("Portal:Mode", "Demo")
            .UseSetting("Portal:DataPath", dataPath)
            .UseSetting("Sandbox:Url", sandbox.BaseUrl.ToString()));

        factory.Services.GetService<SandboxServer>().Should().BeNull("the portal must not start its own Sandbox");
        factory.Services.GetRequiredService<PortalRuntime>().SandboxUrl.Should().Be(sandbox.BaseUrl);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = await scope.ServiceProvider.GetRequiredService<IIamClient>().ListUsersAsync();

        users.Should().HaveCount(12);
        await factory.DisposeAsync();
        Directory.Delete(dataPath, recursive: true);
    }
}
