using System.Text.Json;
using IamPortal.Sandbox.Tests.Infrastructure;

namespace IamPortal.Sandbox.Tests.Organization;

public sealed class OrganizationPersistenceTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sandbox-org-tests-" + Guid.NewGuid().ToString("N"));

    private SandboxOptions Options() => new()
    {
        DataFile = Path.Combine(_dir, "state.json"), SeedUsers = 10, Seed = 3,
        Organization = new SandboxOrganizationOptions
        {
            Accounts = [new SandboxMemberAccountOptions { Id = "111122223333", Name = "Kept", Alias = "kept", Email = "kept@example.com", SeedUsers = 8, Seed = 4 }],
        },
    };

    [Fact]
    public async Task Restart_KeepsMemberChangesInTheMembersOwnFile()
    {
        await using (var first = await SandboxServer.StartAsync(Options()))
        {
            var member = first.Control.Accounts.Single(a => a.Id == "111122223333");
            using var http = new SignedClient(first.BaseUrl);
            (await http.CallAsync(member.OperatorAccessKeyId, member.OperatorSecretAccessKey, "CreateUser", ("UserName", "member.kept"))).Status.Should().Be(200);
        }

        var memberFile = Path.Combine(_dir, "state.111122223333.json");
        File.Exists(memberFile).Should().BeTrue();
        JsonDocument.Parse(await File.ReadAllTextAsync(memberFile)).RootElement.GetProperty("Users").GetArrayLength().Should().Be(9);
        JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_dir, "state.json"))).RootElement.GetProperty("Users").GetArrayLength().Should().Be(10);

        await using var second = await SandboxServer.StartAsync(Options());
        var again = second.Control.Accounts.Single(a => a.Id == "111122223333");
        using var client = new SignedClient(second.BaseUrl);
        var user = await client.CallAsync(again.OperatorAccessKeyId, again.OperatorSecretAccessKey, "GetUser", ("UserName", "member.kept"));
        user.Status.Should().Be(200);
        user.Value("Arn").Should().Be("arn:aws:iam::111122223333:user/member.kept");
        (await client.CallAsync("GetUser", ("UserName", "member.kept"))).ErrorCode.Should().Be("NoSuchEntity");
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
