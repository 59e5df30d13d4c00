using System.Net.Http.Json;
using System.Text.Json;
using IamPortal.Sandbox.Tests.Infrastructure;

namespace IamPortal.Sandbox.Tests.Organization;

/// <summary>Without an organization the Sandbox is the one account it always was; Organizations says it is not in use.</summary>
public sealed class SingleAccountTests(SandboxFixture fx) : IClassFixture<SandboxFixture>
{
    [SkippableFact]
    public async Task Organizations_WithoutAnOrganization_IsNotInUse()
    {
        (await fx.Cli.RunAsync("organizations", "list-accounts")).ErrorCode.Should().Be("AWSOrganizationsNotInUseException");
        (await fx.Cli.RunAsync("organizations", "describe-organization")).ErrorCode.Should().Be("AWSOrganizationsNotInUseException");
    }

    [Fact]
    public async Task Accounts_WithoutAnOrganization_IsTheManagementAccountOnly()
    {
        var account = fx.Server.Control.Accounts.Should().ContainSingle().Subject;
        account.Id.Should().Be(SandboxAccount.AccountId);
        account.OperatorAccessKeyId.Should().Be(SandboxAccount.OperatorAccessKeyId);
        var json = await fx.Http.Raw.GetFromJsonAsync<JsonElement>("/_sandbox/accounts");
        json.GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task EventsEndpoint_RecordsWritesWithoutSecrets()
    {
        (await fx.Http.CallAsync("CreateUser", ("UserName", "evented.user"))).Status.Should().Be(200);
        (await fx.Http.CallAsync("CreateLoginProfile", ("UserName", "evented.user"), ("Password", "Sup3r-Secret-Pass!"))).Status.Should().Be(200);
        (await fx.Http.CallAsync("CreateUser", ("UserName", "evented.user"))).ErrorCode.Should().Be("EntityAlreadyExists");
        (await fx.Http.CallAsync("ListUsers")).Status.Should().Be(200);

        var events = await fx.Http.Raw.GetFromJsonAsync<JsonElement>($"/_sandbox/events?account={SandboxAccount.AccountId}&name=CreateUser");
        var mine = events.EnumerateArray().Where(e => e.GetProperty("parameters").GetProperty("UserName").GetString() == "evented.user").ToList();
        mine.Should().HaveCount(2);
        mine[1].GetProperty("errorCode").GetString().Should().Be("EntityAlreadyExists");
        mine[0].GetProperty("callerArn").GetString().Should().Be(SandboxAccount.OperatorRoleArn);
        mine[0].GetProperty("sourceIdentity").ValueKind.Should().Be(JsonValueKind.Null);

        var all = fx.Server.Control.Events(SandboxAccount.AccountId);
        all.Should().NotContain(e => e.EventName == "ListUsers", "reads are not recorded");
        var login = all.Should().ContainSingle(e => e.EventName == "CreateLoginProfile").Subject;
        login.Parameters.Should().NotContainKey("Password");
        JsonSerializer.Serialize(events).Should().NotContain("Sup3r-Secret-Pass!");
    }
}
