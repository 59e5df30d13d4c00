using IamPortal.Application.Accounts;
using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Operators;
using IamPortal.Application.PasswordPolicy;
using IamPortal.Application.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace IamPortal.Application.Tests.PasswordPolicy;

public sealed class PasswordPolicyServiceTests
{
    private readonly IIamClient _iam = Substitute.For<IIamClient>();
    private readonly IInventoryService _inventory = Substitute.For<IInventoryService>();
    private readonly MemoryAuditLog _audit = new();

    private PasswordPolicyService Service(PortalRole role = PortalRole.SecurityAdmin)
    {
        var time = new FakeTimeProvider(Sample.Now);
        var op = new FakeOperator(role);
        _inventory.GetAsync(default).ReturnsForAnyArgs(new InventorySnapshot(new AccountContext(FakeAccounts.AccountId, null), Sample.Now, null,
            [Sample.Row("console") with { PasswordEnabled = true, PasswordLastChanged = Sample.Now.AddDays(-120) }, Sample.Row("keys-only")], [], [], TimeSpan.Zero));
        return new PasswordPolicyService(op, new AuditedOperations(op, _audit, new FakeAccounts(), time), _iam, _inventory, time, new IamPortal.Application.Findings.AccountSettingsCache());
    }

    private Dictionary<string, string> Parameters(string action) =>
        System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(_audit.Entries.Single(e => e.Record.Action == action).Record.ParametersJson)!;

    [Fact]
    public async Task GetAsync_NoPolicy_DefaultViewWithConsoleUsersOnly()
    {
        _iam.GetAccountPasswordPolicyAsync(default).ReturnsForAnyArgs((IamPasswordPolicy?)null);
        var view = await Service(PortalRole.Auditor).GetAsync();
        view.IsDefault.Should().BeTrue();
        view.ConsolePasswords.Select(c => c.UserName).Should().Equal("console");
    }

    [Fact]
    public async Task GetAsync_TeamLead_Denied()
    {
        var act = () => Service(PortalRole.TeamLead).GetAsync();
        await act.Should().ThrowAsync<PortalAccessDeniedException>();
    }

    [Fact]
    public async Task SaveAsync_Valid_UpdatesAndAuditsBeforeAndAfter()
    {
        _iam.GetAccountPasswordPolicyAsync(default).ReturnsForAnyArgs(new IamPasswordPolicy(8));
        var result = await Service().SaveAsync(PasswordPolicyRules.CisBaseline);
        result.Succeeded.Should().BeTrue(result.Error);
        await _iam.Received().UpdateAccountPasswordPolicyAsync(PasswordPolicyRules.CisBaseline, Arg.Any<CancellationToken>());
        var entry = Parameters(AuditActions.UpdatePasswordPolicy);
        entry["Before"].Should().Be(PasswordPolicyRules.AuditText(new IamPasswordPolicy(8)));
        entry["After"].Should().Contain("MinimumPasswordLength=14").And.Contain("MaxPasswordAge=90");
    }

    [Fact]
    public async Task SaveAsync_OutOfRange_InvalidAtFieldNoCall()
    {
        var result = await Service().SaveAsync(new IamPasswordPolicy(200));
        result.Status.Should().Be(CommandStatus.Invalid);
        result.Errors.Should().ContainKey(PasswordPolicyFields.MinimumPasswordLength);
        await _iam.DidNotReceiveWithAnyArgs().UpdateAccountPasswordPolicyAsync(default!, default);
    }

    [Fact]
    public async Task SaveAsync_Auditor_DeniedAndNoCall()
    {
        var result = await Service(PortalRole.Auditor).SaveAsync(PasswordPolicyRules.CisBaseline);
        result.Status.Should().Be(CommandStatus.Denied);
        await _iam.DidNotReceiveWithAnyArgs().UpdateAccountPasswordPolicyAsync(default!, default);
    }

    [Fact]
    public async Task DeleteAsync_Admin_DeletesAndAuditsThePolicyRemoved()
    {
        _iam.GetAccountPasswordPolicyAsync(default).ReturnsForAnyArgs(PasswordPolicyRules.CisBaseline, (IamPasswordPolicy?)null);
        var result = await Service().DeleteAsync();
        result.Value!.IsDefault.Should().BeTrue();
        await _iam.Received().DeleteAccountPasswordPolicyAsync(Arg.Any<CancellationToken>());
        Parameters(AuditActions.DeletePasswordPolicy)["After"].Should().Be("none (IAM defaults)");
    }

    [Fact]
    public async Task DescribeImpact_ExpiryOn_CountsTheConsoleUserWithAnOldPassword()
    {
        _iam.GetAccountPasswordPolicyAsync(default).ReturnsForAnyArgs((IamPasswordPolicy?)null);
        var service = Service();
        var view = await service.GetAsync();
        service.DescribeImpact(view, PasswordPolicyRules.CisBaseline).Should()
            .Contain(s => s.StartsWith("Turning on expiry after 90 days: 1 console user has a password older than 90 days", StringComparison.Ordinal));
    }
}
