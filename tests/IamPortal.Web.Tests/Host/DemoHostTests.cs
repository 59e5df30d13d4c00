using System.Net;
using IamPortal.Application.Iam;
using IamPortal.Sandbox;
using IamPortal.Web.Demo;
using IamPortal.Web.Components.Shared;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IamPortal.Web.Tests.Host;

public sealed class DemoHostTests(DemoPortalFactory factory) : IClassFixture<DemoPortalFactory>
{
    [Fact]
    public async Task Healthz_HostUp_ReturnsHealthy()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/healthz");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }

    [Fact]
    public async Task HealthzReady_SandboxReachable_ReturnsHealthy()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/healthz/ready");

        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Users_Get_PrerendersThePage()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/users");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("<title>Users").And.Contain("IAM users").And.Contain("IAM Portal");
    }

    [Fact]
    public void Telemetry_NoOtlpEndpointConfigured_RegistersNoOpenTelemetryProvider()
    {
        factory.Services.GetService<OpenTelemetry.Trace.TracerProvider>().Should().BeNull();
        factory.Services.GetService<OpenTelemetry.Metrics.MeterProvider>().Should().BeNull();
    }

    [Fact]
    public async Task Root_Get_RedirectsToUsers()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().EndWith("/users");
    }

    [Fact]
    public async Task UnknownPath_Get_ShowsNotFoundPage()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/no-such-page");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Page not found");
    }

    [Fact]
    public void CircuitHub_MessageLimit_HoldsTenThousandFourByteCharactersAndEveryInputCap()
    {
        // The circuit's hub is internal to ASP.NET Core; its options are HubOptions<ComponentHub>.
        var hub = typeof(Microsoft.AspNetCore.Components.Server.CircuitOptions).Assembly
            .GetType("Microsoft.AspNetCore.Components.Server.ComponentHub", throwOnError: true)!;
        var options = (IOptions<HubOptions>)factory.Services.GetRequiredService(
            typeof(IOptions<>).MakeGenericType(typeof(HubOptions<>).MakeGenericType(hub)));

        var limit = options.Value.MaximumReceiveMessageSize;

        limit.Should().BeGreaterThanOrEqualTo(10_000 * 4 + 4096, "a 10,000-character paste must never drop the circuit");
        limit.Should().BeGreaterThanOrEqualTo(InputLimits.Largest * 6 + 4096, "the largest input cap, at worst 6 bytes per unit, fits one message");
    }

    [Fact]
    public async Task DemoMode_HostStartedSandbox_IamClientListsSeededUsersOverHttp()
    {
        var runtime = factory.Services.GetRequiredService<PortalRuntime>();
        var sandbox = factory.Services.GetRequiredService<SandboxServer>();
        runtime.IsDemo.Should().BeTrue();
        runtime.SandboxUrl.Should().Be(sandbox.BaseUrl);
        sandbox.BaseUrl.Scheme.Should().Be("http");
        File.Exists(Path.Combine(factory.DataPath, "sandbox.json")).Should().BeTrue();
        File.Exists(Path.Combine(factory.DataPath, "iamportal.db")).Should().BeTrue("the portal's database is migrated at start");

        await using var scope = factory.Services.CreateAsyncScope();
        var iam = scope.ServiceProvider.GetRequiredService<IIamClient>();
        var users = await iam.ListUsersAsync();

        users.Should().HaveCount(DemoPortalFactory.SeedUsers);
    }
}
