using IamPortal.Application.Iam;
using IamPortal.Application.Offboarding;
using IamPortal.Application.Tests.Credentials;
using IamPortal.Application.Tests.Offboarding;

namespace IamPortal.Application.Tests.Audit;

/// <summary>One action, one audit name: the user page, the bulk actions and the offboarding jobs record the same name.</summary>
public class AuditActionNamesTests
{
    private const string KeyId = "AKIAOLD0000000000001";

    [Fact]
    public async Task DeactivateKey_BulkAndUserPage_RecordTheSameName()
    {
        var page = new CredentialsHarness();
        page.Iam.Configure().UpdateAccessKeyAsync(default!, default!, default!).ReturnsForAnyArgs(Task.CompletedTask);
        await page.Keys.SetStatusAsync("alice", KeyId, IamAccessKeyStatus.Inactive);
        var bulk = new OffboardingHarness();

        await bulk.Bulk.RunAsync(BulkUserAction.DeactivateKeys, ["alice"]);

        var pageName = page.Audit.Entries.Single().Record.Action;
        pageName.Should().Be("AccessKeys.Deactivate");
        bulk.Audit.Entries.Select(e => e.Record.Action).Should().Equal(pageName);
    }

    [Fact]
    public async Task DisableConsole_BulkUserPageAndOffboarding_RecordTheSameName()
    {
        var page = new CredentialsHarness();
        page.Iam.Configure().DeleteLoginProfileAsync(default!).ReturnsForAnyArgs(Task.CompletedTask);
        await page.Console.DisableAsync("alice");
        var bulk = new OffboardingHarness();
        var offboarding = new OffboardingHarness();

        await bulk.Bulk.RunAsync(BulkUserAction.DisableConsole, ["alice"]);
        await offboarding.Offboarding.StartAsync(OffboardingHarness.User, quarantineFirst: false);

        var pageName = page.Audit.Entries.Single().Record.Action;
        pageName.Should().Be("ConsoleAccess.Disable");
        bulk.Audit.Entries.Select(e => e.Record.Action).Should().Equal(pageName);
        offboarding.Audit.Entries.Select(e => e.Record.Action).Should().Contain(pageName).And.NotContain(a => a.Contains("LoginProfile"));
    }

    [Fact]
    public async Task OffboardingSteps_RecordTheUserPageNames()
    {
        var h = new OffboardingHarness();

        await h.Offboarding.StartAsync(OffboardingHarness.User, quarantineFirst: false);

        h.Audit.Entries.Select(e => e.Record.Action).Distinct().Should().Contain(
            ["ConsoleAccess.Disable", "AccessKeys.Delete", "Mfa.Deactivate", "Mfa.DeleteVirtualDevice", "Users.Delete"]);
        h.Audit.Entries.Should().OnlyContain(e => e.Record.ParametersJson.Contains("\"Via\":\"Offboarding\""), "the feature is recorded beside the name");
    }
}
