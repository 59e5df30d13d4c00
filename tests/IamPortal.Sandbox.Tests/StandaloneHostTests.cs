using IamPortal.Sandbox.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;

namespace IamPortal.Sandbox.Tests;

/// <summary>The standalone Program's wiring: the host's own argument parsing and stop, not hand-written ones.</summary>
public sealed class StandaloneHostTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sandbox-tests-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task AddStandaloneIamSandbox_CommandLineSwitches_SeedFromThemAndSaveOnStop()
    {
        var file = Path.Combine(_dir, "state.json");
        string[] args = ["--urls", "http://127.0.0.1:0", "--data-file", file, "--seed-users", "7", "--seed", "3"];
        var builder = WebApplication.CreateBuilder(args);
        builder.AddStandaloneIamSandbox(args);
        await using var app = builder.Build();
        app.MapIamSandbox();

        await app.StartAsync();
        using var http = new SignedClient(new Uri(app.Urls.First()));
        (await http.CallAsync("ListUsers")).All("UserName").Should().HaveCount(7);
        (await http.CallAsync("CreateUser", ("UserName", "saved.on.stop"))).Status.Should().Be(200);
        await app.StopAsync();

        (await File.ReadAllTextAsync(file)).Should().Contain("saved.on.stop");
    }

    [Fact]
    public async Task AddStandaloneIamSandbox_OrganizationDemo_HostsTheDemoOrganizationWithFilesPerAccount()
    {
        var file = Path.Combine(_dir, "org.json");
        string[] args = ["--urls", "http://127.0.0.1:0", "--data-file", file, "--seed-users", "5", "--organization", "demo"];
        var builder = WebApplication.CreateBuilder(args);
        builder.AddStandaloneIamSandbox(args);
        await using var app = builder.Build();
        app.MapIamSandbox();

        await app.StartAsync();
        using var http = new SignedClient(new Uri(app.Urls.First()));
        var accounts = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement>(http.Raw, "/_sandbox/accounts");
        accounts.EnumerateArray().Select(a => a.GetProperty("name").GetString()).Should()
            .Equal("Management", "Security", "Production", "Staging", "Development", "Legacy");
        var development = accounts.EnumerateArray().Single(a => a.GetProperty("id").GetString() == "567890123456");
        var devices = await http.CallAsync(development.GetProperty("operatorAccessKeyId").GetString()!, development.GetProperty("operatorSecretAccessKey").GetString()!, "ListVirtualMFADevices");
        devices.Status.Should().Be(200);
        devices.All("SerialNumber").Should().BeEmpty("the development account has poor hygiene: no MFA");
        await app.StopAsync();

        File.Exists(Path.Combine(_dir, "org.567890123456.json")).Should().BeTrue();
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
