using IamPortal.Sandbox.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace IamPortal.Sandbox.Tests.Organization;

/// <summary>
/// A Sandbox hosting the demo organization plus a partner account whose roles require an ExternalId, on a
/// <see cref="FakeTimeProvider"/> so tests can let sessions expire.
/// </summary>
public sealed class OrganizationFixture : IAsyncLifetime
{
    public const string PartnerId = "789012345678";
    public const string PartnerExternalId = "partner-ext-42";
    public const string ProductionId = "345678901234";

    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public SandboxServer Server { get; private set; } = null!;

    public AwsCli Cli { get; private set; } = null!;

    public SignedClient Http { get; private set; } = null!;

    public SandboxAccountInfo Account(string id) => Server.Control.Accounts.Single(a => a.Id == id);

    public async Task InitializeAsync()
    {
        var organization = SandboxOrganizationOptions.Demo();
        organization.Accounts.Add(new SandboxMemberAccountOptions
        {
            Id = PartnerId, Name = "Partner", Alias = "acme-partner", Email = "aws-partner@example.com",
            SeedUsers = 5, Seed = 3, ExternalId = PartnerExternalId,
        });
        Server = await SandboxServer.StartAsync(new SandboxOptions { SeedUsers = 40, Seed = 7, Organization = organization, TimeProvider = Time });
        Cli = new AwsCli(Server.BaseUrl);
        Http = new SignedClient(Server.BaseUrl);
    }

    /// <summary>The CLI with the temporary credentials of an AssumeRole answer (the JSON the CLI printed).</summary>
    public AwsCli WithSession(System.Text.Json.JsonElement assumed)
    {
        var c = assumed.GetProperty("Credentials");
        return Cli.WithKey(c.GetProperty("AccessKeyId").GetString()!, c.GetProperty("SecretAccessKey").GetString()!)
            .WithEnvironment(("AWS_SESSION_TOKEN", c.GetProperty("SessionToken").GetString()!));
    }

    public async Task DisposeAsync()
    {
        Cli.Dispose();
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
