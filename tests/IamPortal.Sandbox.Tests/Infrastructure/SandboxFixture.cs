namespace IamPortal.Sandbox.Tests.Infrastructure;

/// <summary>One sandbox per test class (IClassFixture); derive to change the seeded size.</summary>
public class SandboxFixture : IAsyncLifetime
{
    public SandboxServer Server { get; private set; } = null!;

    public AwsCli Cli { get; private set; } = null!;

    public SignedClient Http { get; private set; } = null!;

    protected virtual int SeedUsers => 40;

    public async Task InitializeAsync()
    {
        Server = await SandboxServer.StartAsync(new SandboxOptions { SeedUsers = SeedUsers, Seed = 7 });
        Cli = new AwsCli(Server.BaseUrl);
        Http = new SignedClient(Server.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        Cli.Dispose();
        await Server.DisposeAsync();
    }
}

public sealed class PagingFixture : SandboxFixture
{
    protected override int SeedUsers => 130;
}
