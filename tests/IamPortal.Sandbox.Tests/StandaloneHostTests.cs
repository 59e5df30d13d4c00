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

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
