using IamPortal.Application.Commands;
using IamPortal.Application.Iam;
using IamPortal.Application.Organization;
using IamPortal.Infrastructure.Persistence;
using IamPortal.Sandbox;
using IamPortal.Web.Tests.Features.Onboarding;
using IamPortal.Web.Tests.Flows;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Web.Tests.Features.Organization;

/// <summary>
/// "Whose key is this?" over HTTP against the Sandbox's demo organization: the portal (management account's operator
/// keys, Accounts:List with IamPortalRole in two members) traces a member account's key through STS GetAccessKeyInfo and
/// IAM, contains it, and the Sandbox shows it Inactive in that account with the operator as SourceIdentity.
/// </summary>
public sealed class KeyOwnerSandboxTests : IAsyncLifetime
{
    private const string Production = "345678901234";
    private const string Staging = "456789012345";
    private readonly string _dataPath = Directory.CreateTempSubdirectory("iamportal-keyowner-").FullName;
    private SandboxServer _sandbox = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { SeedUsers = 5, Seed = 7, Organization = SandboxOrganizationOptions.Demo() });
        _services = FlowServices.Build(_sandbox, _dataPath, new Dictionary<string, string?>
        {
            ["Accounts:List:0:Id"] = SandboxAccount.AccountId, ["Accounts:List:0:Name"] = "Management",
            ["Accounts:List:1:Id"] = Production, ["Accounts:List:1:Name"] = "Production",
            ["Accounts:List:1:RoleArn"] = $"arn:aws:iam::{Production}:role/IamPortalRole",
            ["Accounts:List:2:Id"] = Staging, ["Accounts:List:2:Name"] = "Staging",
            ["Accounts:List:2:RoleArn"] = $"arn:aws:iam::{Staging}:role/IamPortalRole",
        });
        await _services.MigratePortalDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _sandbox.DisposeAsync();
        try { Directory.Delete(_dataPath, recursive: true); } catch (IOException) { }
    }

    private (string User, string Key) ActiveKeyIn(string accountId)
    {
        var state = _sandbox.Control.State(accountId);
        lock (state.Sync)
        {
            var (user, key) = state.AccessKeys.Values.First(k => k.Key.Status == "Active");
            return (user.UserName, key.AccessKeyId);
        }
    }

    private string StatusIn(string accountId, string keyId)
    {
        var state = _sandbox.Control.State(accountId);
        lock (state.Sync) return state.AccessKeys[keyId].Key.Status;
    }

    [Fact]
    public async Task LookupThenContain_MemberAccountsKey_TracedAndInactiveInThatAccount()
    {
        var (userName, keyId) = ActiveKeyIn(Staging);
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TestOperator>().Role = Application.Operators.PortalRole.SecurityAdmin;
        var keys = scope.ServiceProvider.GetRequiredService<IKeyOwnerService>();

        var answer = await keys.LookupAsync(keyId);

        answer.Status.Should().Be(CommandStatus.Succeeded, answer.Error);
        answer.Value!.AccountId.Should().Be(Staging);
        answer.Value.Account!.Name.Should().Be("Staging");
        answer.Value.Owner!.UserName.Should().Be(userName);
        answer.Value.Owner.Status.Should().Be(IamAccessKeyStatus.Active);

        var contained = await keys.ContainAsync(new KeyContainRequest(Staging, userName, keyId, AlsoQuarantine: false));

        contained.Status.Should().Be(CommandStatus.Succeeded, contained.Error);
        StatusIn(Staging, keyId).Should().Be("Inactive");
        _sandbox.Control.Events(Staging).Should().Contain(e => e.EventName == "UpdateAccessKey" && e.SourceIdentity == "flow@example.com");
        (await keys.LookupAsync(keyId)).Value!.Owner!.Status.Should().Be(IamAccessKeyStatus.Inactive);
    }

    [Fact]
    public async Task Lookup_KeyOfAnAccountNotConfigured_NotManaged()
    {
        var (_, keyId) = ActiveKeyIn("567890123456"); // Development: in the organization, not in Accounts:List
        await using var scope = _services.CreateAsyncScope();

        var answer = await scope.ServiceProvider.GetRequiredService<IKeyOwnerService>().LookupAsync(keyId);

        answer.Value!.IsManaged.Should().BeFalse();
        answer.Value.Summary.Should().Contain("567890123456").And.Contain("not one the portal manages");
    }
}
