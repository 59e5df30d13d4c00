using System.Text.Json;
using IamPortal.Sandbox.Tests.Infrastructure;

namespace IamPortal.Sandbox.Tests;

public sealed class PersistenceTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sandbox-tests-" + Guid.NewGuid().ToString("N"));

    private SandboxOptions Options(int users = 25) =>
        new() { DataFile = Path.Combine(_dir, "state.json"), SeedUsers = users, Seed = 3 };

    [Fact]
    public async Task State_survives_a_restart_and_Reset_reseeds()
    {
        string keyId, secret;
        await using (var first = await SandboxServer.StartAsync(Options()))
        {
            File.Exists(Options().DataFile).Should().BeTrue("a missing file is seeded and written at start");
            using var http = new SignedClient(first.BaseUrl);
            (await http.CallAsync("CreateUser", ("UserName", "persisted.user"), ("Tags.member.1.Key", "Team"), ("Tags.member.1.Value", "A"))).Status.Should().Be(200);
            (await http.CallAsync("AddUserToGroup", ("UserName", "persisted.user"), ("GroupName", "admins"))).Status.Should().Be(200);
            var saved = false;
            for (var i = 0; i < 50 && !saved; i++)
            {
                await Task.Delay(100);
                saved = (await File.ReadAllTextAsync(Options().DataFile!)).Contains("persisted.user", StringComparison.Ordinal);
            }
            saved.Should().BeTrue("mutations are saved (debounced) without waiting for shutdown");
            var key = await http.CallAsync("CreateAccessKey", ("UserName", "persisted.user"));
            keyId = key.Value("AccessKeyId")!;
            secret = key.Value("SecretAccessKey")!;
        }

        var json = await File.ReadAllTextAsync(Options().DataFile!);
        json.Should().Contain("persisted.user").And.NotContain(SandboxAccount.OperatorSecretAccessKey);
        JsonDocument.Parse(json).RootElement.GetProperty("Users").GetArrayLength().Should().Be(26);

        await using (var second = await SandboxServer.StartAsync(Options(users: 999)))
        {
            using var http = new SignedClient(second.BaseUrl);
            var user = await http.CallAsync("GetUser", ("UserName", "PERSISTED.USER"));
            user.Status.Should().Be(200);
            user.Value("Value").Should().Be("A");
            (await http.CallAsync("GetGroup", ("GroupName", "admins"))).All("UserName").Select(e => e.Value).Should().Contain("persisted.user");
            var asUser = await http.CallAsync(keyId, secret, "GetCallerIdentity");
            asUser.Status.Should().Be(200, asUser.Xml.ToString());
            asUser.Value("Arn").Should().Be("arn:aws:iam::123456789012:user/persisted.user");

            using var reset = System.Net.Http.Json.JsonContent.Create(new { users = 10, seed = 5 });
            (await http.Raw.PostAsync("/_sandbox/reset", reset)).EnsureSuccessStatusCode();
            (await http.CallAsync("GetUser", ("UserName", "persisted.user"))).ErrorCode.Should().Be("NoSuchEntity");
            (await http.CallAsync("ListUsers")).All("UserName").Should().HaveCount(10);
            second.Control.Reset(users: 12, seed: 5);
            (await http.CallAsync("ListUsers")).All("UserName").Should().HaveCount(12);
            await second.Control.SaveAsync();
        }

        JsonDocument.Parse(await File.ReadAllTextAsync(Options().DataFile!)).RootElement.GetProperty("Users").GetArrayLength().Should().Be(12);
        Directory.GetFiles(_dir).Should().ContainSingle("the temp file was moved over the data file");
    }

    [Fact]
    public async Task Zero_seed_users_is_an_empty_account_with_the_managed_policy_catalogue()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { SeedUsers = 0 });
        using var http = new SignedClient(server.BaseUrl);
        (await http.CallAsync("ListUsers")).All("member").Should().BeEmpty();
        (await http.CallAsync("GetAccountPasswordPolicy")).ErrorCode.Should().Be("NoSuchEntity");
        var policies = await http.CallAsync("ListPolicies", ("Scope", "AWS"));
        policies.All("PolicyName").Select(e => e.Value).Should().Contain("AdministratorAccess").And.HaveCountGreaterThanOrEqualTo(16);
        var admin = await http.CallAsync("GetPolicyVersion", ("PolicyArn", "arn:aws:iam::aws:policy/AdministratorAccess"), ("VersionId", "v1"));
        Uri.UnescapeDataString(admin.Value("Document")!).Should().Contain("\"Action\":\"*\"");
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
