using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Iam;
using IamPortal.Application.Jobs;
using IamPortal.Application.Operators;
using IamPortal.Application.Organization;
using IamPortal.Application.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using static IamPortal.Application.Tests.Organization.OrganizationHarness;

namespace IamPortal.Application.Tests.Organization;

public class KeyOwnerServiceTests
{
    private const string Key = "AKIAIOSFODNN7EXAMPLE";
    private readonly OrganizationHarness _h = new();

    public KeyOwnerServiceTests()
    {
        _h.Sts.KeyOwners[Key] = Staging.Id;
        _h.Inventories[Staging.Id] = Snapshot(Staging.Id, Sample.Row("bob"));
        var iam = _h.Credentials[Staging.Id];
        iam.GetAccessKeyLastUsedAsync(Key, Arg.Any<CancellationToken>())
            .Returns(new IamAccessKeyLastUsed("bob", Key, Sample.Now.AddDays(-3), "s3", "eu-west-1"));
        iam.ListAccessKeysAsync("bob", Arg.Any<CancellationToken>())
            .Returns([new IamAccessKey("bob", "AKIAOTHERKEY00000000", IamAccessKeyStatus.Active, Sample.Now), new IamAccessKey("bob", Key, IamAccessKeyStatus.Active, Sample.Now.AddDays(-100))]);
    }

    private IKeyOwnerService Service() => _h.Build().GetRequiredService<IKeyOwnerService>();

    [Theory]
    [InlineData("")]
    [InlineData("akiaiosfodnn7example")]
    [InlineData("AKIA123")]
    [InlineData("ABIAIOSFODNN7EXAMPLE")]
    public async Task LookupAsync_NotAKeyId_InvalidAtTheFieldAndNothingCalled(string keyId)
    {
        var result = await Service().LookupAsync(keyId);

        result.Status.Should().Be(CommandStatus.Invalid);
        result.Errors.Should().ContainKey(KeyOwnerFields.AccessKeyId);
        _h.Audit.Entries.Should().BeEmpty();
        await _h.Credentials[Staging.Id].DidNotReceiveWithAnyArgs().GetAccessKeyLastUsedAsync(default!, default);
    }

    [Theory]
    [InlineData("AKIAIOSFODNN7EXAMPLE")]
    [InlineData("ASIA1234567890AB")]
    public void Validate_KeyIds_Accepted(string keyId) => KeyOwnerFields.Validate(keyId).Should().BeNull();

    [Fact]
    public async Task LookupAsync_KeyOfAManagedAccount_NamesTheUserAndIsAudited()
    {
        var result = await Service().LookupAsync(" " + Key + " ");

        var answer = result.Value!;
        answer.Account.Should().Be(Staging);
        answer.Owner.Should().Be(new KeyOwner("bob", "arn:aws:iam::123456789012:user/bob", IamAccessKeyStatus.Active, Sample.Now.AddDays(-100), 100,
            Sample.Now.AddDays(-3), "s3", "eu-west-1"));
        var entry = _h.Audit.Entries.Should().ContainSingle().Subject.Record;
        entry.Action.Should().Be(AuditActions.KeyOwnerLookup);
        entry.AccountId.Should().Be(Staging.Id);
        entry.Target.Should().Be(Key);
        entry.Outcome.Should().Be(AuditOutcomes.Success);
        entry.ParametersJson.Should().Contain("\"bob\"").And.Contain(Staging.Id).And.Contain("Active").And.Contain("eu-west-1");
    }

    [Fact]
    public async Task LookupAsync_KeyOfAnAccountThePortalDoesNotManage_SaysSoAndIsAudited()
    {
        _h.Sts.KeyOwners[Key] = "999999999999";

        var answer = (await Service().LookupAsync(Key)).Value!;

        answer.IsManaged.Should().BeFalse();
        answer.Summary.Should().Contain("999999999999").And.Contain("not one the portal manages");
        _h.Audit.Entries.Should().ContainSingle(e => e.Record.Action == AuditActions.KeyOwnerLookup && e.Record.ParametersJson.Contains("999999999999"));
    }

    [Fact]
    public async Task LookupAsync_KeyDeletedInItsAccount_SaysSo()
    {
        _h.Credentials[Staging.Id].GetAccessKeyLastUsedAsync(Key, Arg.Any<CancellationToken>()).ThrowsAsync(new IamException("NoSuchEntity", "not found"));

        var answer = (await Service().LookupAsync(Key)).Value!;

        answer.Owner.Should().BeNull();
        answer.Summary.Should().Contain("deleted");
    }

    [Fact]
    public async Task LookupAsync_OwningAccountTheOperatorCannotRead_DeniedAndAudited()
    {
        _h.Roles[Staging.Id] = PortalRole.None;

        var result = await Service().LookupAsync(Key);

        result.Status.Should().Be(CommandStatus.Denied);
        _h.Audit.Entries.Should().ContainSingle(e => e.Record.Outcome == AuditOutcomes.Denied && e.Record.AccountId == Staging.Id);
        await _h.Credentials[Staging.Id].DidNotReceiveWithAnyArgs().GetAccessKeyLastUsedAsync(default!, default);
    }

    [Fact]
    public async Task ContainAsync_WithoutManageUsersInThatAccount_RefusedAndAuditedAsDenied()
    {
        _h.Roles[Staging.Id] = PortalRole.Auditor; // admin in prod, auditor in staging

        var result = await Service().ContainAsync(new KeyContainRequest(Staging.Id, "bob", Key, AlsoQuarantine: true));

        result.Status.Should().Be(CommandStatus.Denied);
        _h.Audit.Entries.Should().ContainSingle(e => e.Record.Action == AuditActions.DeactivateAccessKey
            && e.Record.Outcome == AuditOutcomes.Denied && e.Record.AccountId == Staging.Id);
        await _h.Credentials[Staging.Id].DidNotReceiveWithAnyArgs().UpdateAccessKeyAsync(default!, default!, default, default);
        await _h.Quarantines[Staging.Id].DidNotReceiveWithAnyArgs().QuarantineAsync(default!, default!, default);
    }

    [Fact]
    public async Task ContainAsync_Admin_DeactivatesTheKeyInItsAccountAndQuarantines()
    {
        var job = Job.Create("Quarantine", "bob", "Quarantine bob", "op", Sample.Now, JobData.Empty, [], Staging.Id);
        _h.Quarantines[Staging.Id].QuarantineAsync("bob", Arg.Any<string>(), Arg.Any<CancellationToken>()).Returns(CommandResult.Ok(new JobRun(job)));

        var result = await Service().ContainAsync(new KeyContainRequest(Staging.Id, "bob", Key, AlsoQuarantine: true));

        result.Value!.KeyDeactivated.Should().BeTrue();
        result.Value.Quarantine!.Job.Should().Be(job);
        await _h.Credentials[Staging.Id].Received(1).UpdateAccessKeyAsync("bob", Key, IamAccessKeyStatus.Inactive, Arg.Any<CancellationToken>());
        await _h.Credentials[Prod.Id].DidNotReceiveWithAnyArgs().UpdateAccessKeyAsync(default!, default!, default, default);
        await _h.Quarantines[Staging.Id].Received(1).QuarantineAsync("bob", Arg.Is<string>(r => r.Contains(Key)), Arg.Any<CancellationToken>());
        _h.Audit.Entries.Should().ContainSingle(e => e.Record.Action == AuditActions.DeactivateAccessKey && e.Record.Outcome == AuditOutcomes.Success
            && e.Record.AccountId == Staging.Id);
    }

    [Fact]
    public async Task ContainAsync_AccountNotManaged_FailsWithoutCalling()
    {
        var result = await Service().ContainAsync(new KeyContainRequest("999999999999", "bob", Key, AlsoQuarantine: false));

        result.Status.Should().Be(CommandStatus.Failed);
        result.Error.Should().Contain("not one the portal manages");
    }
}
