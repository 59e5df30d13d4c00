using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Iam;
using IamPortal.Application.Operators;
using IamPortal.Application.Policies;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Managed;
using IamPortal.Application.Tests.Fakes;
using static IamPortal.Application.Tests.Policies.PoliciesHarness;

namespace IamPortal.Application.Tests.Policies.Managed;

public class ManagedPolicyServiceTests
{
    [Fact]
    public async Task CreateAsync_BadNamePathAndDescription_InvalidAtEachFieldAndNothingCreated()
    {
        var h = new PoliciesHarness();

        var result = await h.Managed.CreateAsync(new CreatePolicyRequest("bad name!", Document, "no-slashes", new string('d', 1001)));

        result.Status.Should().Be(CommandStatus.Invalid);
        result.Errors.Keys.Should().BeEquivalentTo([PolicyFields.Name, PolicyFields.Path, PolicyFields.Description]);
        await h.Iam.DidNotReceiveWithAnyArgs().CreatePolicyAsync(default!, default!);
        h.AuditOf(AuditActions.CreatePolicy).Single().Record.Outcome.Should().Be("Invalid");
    }

    [Fact]
    public async Task CreateAsync_DocumentWithErrorFinding_InvalidAtDocumentWithLine()
    {
        var h = new PoliciesHarness();
        h.Validator.Validate(default!, default).ReturnsForAnyArgs(With(FindingLevel.Error, "Effect must be Allow or Deny."));

        var result = await h.Managed.CreateAsync(new CreatePolicyRequest("deploy", Document));

        result.Errors[PolicyFields.Document].Should().Be("Line 3, column 7: Effect must be Allow or Deny.");
        await h.Iam.DidNotReceiveWithAnyArgs().CreatePolicyAsync(default!, default!);
    }

    [Fact]
    public async Task CreateAsync_SecurityWarningNotConfirmed_InvalidUntilConfirmed()
    {
        var h = new PoliciesHarness();
        h.Validator.Validate(default!, default).ReturnsForAnyArgs(With(FindingLevel.SecurityWarning, "iam:PassRole on *."));
        h.Iam.CreatePolicyAsync(default!, default!).ReturnsForAnyArgs(Policy());

        var refused = await h.Managed.CreateAsync(new CreatePolicyRequest("deploy", Document));
        var confirmed = await h.Managed.CreateAsync(new CreatePolicyRequest("deploy", Document, ConfirmSecurityWarnings: true));

        refused.Errors.Should().ContainKey(PolicyFields.SecurityWarnings);
        confirmed.Succeeded.Should().BeTrue();
        await h.Iam.Received(1).CreatePolicyAsync("deploy", Document, "/", null, Arg.Any<CancellationToken>());
        await h.Inventory.Received().InvalidateAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task CreateAsync_NameTakenInAnotherCase_InvalidAtName()
    {
        var h = new PoliciesHarness();
        h.CustomerPolicies.Add(new IamPolicyWithVersions(Policy("arn:aws:iam::123456789012:policy/Deploy"), [Version("v1", true)]));

        var result = await h.Managed.CreateAsync(new CreatePolicyRequest("deploy", Document));

        result.Errors[PolicyFields.Name].Should().Contain("already exists");
    }

    [Fact]
    public async Task CreateAsync_Auditor_DeniedAndAudited()
    {
        var h = new PoliciesHarness(PortalRole.Auditor);

        var result = await h.Managed.CreateAsync(new CreatePolicyRequest("deploy", Document));

        result.Status.Should().Be(CommandStatus.Denied);
        h.AuditOf(AuditActions.CreatePolicy).Single().Record.Outcome.Should().Be("Denied");
    }

    [Fact]
    public async Task UpdateAsync_AtFiveVersionsWithoutChoice_AsksWhichNonDefaultVersionToDelete()
    {
        var h = new PoliciesHarness();
        h.HasVersions(5);

        var result = await h.Managed.UpdateAsync(new UpdatePolicyRequest(Arn, Document));

        result.Status.Should().Be(CommandStatus.Invalid);
        result.Errors.Should().ContainKey(PolicyFields.DeleteVersionId);
        result.Value!.VersionChoiceNeeded.Should().BeTrue();
        result.Value.DeletableVersions.Select(v => v.VersionId).Should().Equal("v1", "v2", "v3", "v4");
        await h.Iam.DidNotReceiveWithAnyArgs().CreatePolicyVersionAsync(default!, default!, default);
    }

    [Fact]
    public async Task UpdateAsync_AtFiveVersionsWithDefaultChosen_Refused()
    {
        var h = new PoliciesHarness();
        h.HasVersions(5);

        var result = await h.Managed.UpdateAsync(new UpdatePolicyRequest(Arn, Document, DeleteVersionId: "v5"));

        result.Errors[PolicyFields.DeleteVersionId].Should().Contain("v5 cannot be deleted");
        await h.Iam.DidNotReceiveWithAnyArgs().DeletePolicyVersionAsync(default!, default!);
    }

    [Fact]
    public async Task UpdateAsync_AtFiveVersionsWithChoice_DeletesItThenCreatesDefaultVersion()
    {
        var h = new PoliciesHarness();
        h.HasVersions(5);
        h.Iam.CreatePolicyVersionAsync(default!, default!, default).ReturnsForAnyArgs(Version("v6", true));

        var result = await h.Managed.UpdateAsync(new UpdatePolicyRequest(Arn, Document, DeleteVersionId: "v2"));

        result.Succeeded.Should().BeTrue();
        result.Value!.DeletedVersionId.Should().Be("v2");
        Received.InOrder(() =>
        {
            h.Iam.DeletePolicyVersionAsync(Arn, "v2", Arg.Any<CancellationToken>());
            h.Iam.CreatePolicyVersionAsync(Arn, Document, true, Arg.Any<CancellationToken>());
        });
    }

    [Fact]
    public async Task UpdateAsync_AddsRiskNotAcknowledged_InvalidAtImpactUntilTheSameImpactIsAcknowledged()
    {
        var h = new PoliciesHarness();
        h.HasVersions(2);
        h.Preview.PreviewAsync(default!).ReturnsForAnyArgs(Risky());
        h.Iam.CreatePolicyVersionAsync(default!, default!, default).ReturnsForAnyArgs(Version("v3", true));

        var unacknowledged = await h.Managed.UpdateAsync(new UpdatePolicyRequest(Arn, Document));
        var stale = await h.Managed.UpdateAsync(new UpdatePolicyRequest(Arn, Document, AcknowledgedImpact: "No change in risk."));
        var acknowledged = await h.Managed.UpdateAsync(new UpdatePolicyRequest(Arn, Document, AcknowledgedImpact: RiskySummary));

        unacknowledged.Errors[PolicyFields.Impact].Should().Contain(RiskySummary);
        stale.Status.Should().Be(CommandStatus.Invalid);
        acknowledged.Succeeded.Should().BeTrue();
        await h.Iam.Received(1).CreatePolicyVersionAsync(Arn, Document, true, Arg.Any<CancellationToken>());
        await h.Preview.Received().PreviewAsync(Arg.Is<IReadOnlyCollection<PermissionChange>>(c =>
            c.Single() == new PermissionChange.ReplacePolicyDocument(Arn, Document)), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task UpdateAsync_AwsManagedPolicy_Refused()
    {
        var h = new PoliciesHarness();

        var result = await h.Managed.UpdateAsync(new UpdatePolicyRequest("arn:aws:iam::aws:policy/ReadOnlyAccess", Document));

        result.Errors.Should().ContainKey(PolicyFields.PolicyArn);
    }

    [Fact]
    public async Task SetDefaultVersionAsync_RollbackAddsRisk_NeedsAcknowledgementThenSets()
    {
        var h = new PoliciesHarness();
        h.Iam.GetPolicyVersionAsync(Arn, "v1").ReturnsForAnyArgs(Version("v1"));
        h.Preview.PreviewAsync(default!).ReturnsForAnyArgs(Risky());

        var refused = await h.Managed.SetDefaultVersionAsync(Arn, "v1", null);
        var done = await h.Managed.SetDefaultVersionAsync(Arn, "v1", RiskySummary);

        refused.Errors.Should().ContainKey(PolicyFields.Impact);
        done.Succeeded.Should().BeTrue();
        await h.Iam.Received(1).SetDefaultPolicyVersionAsync(Arn, "v1", Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task SetDefaultVersionAsync_AlreadyDefault_InvalidAtVersion()
    {
        var h = new PoliciesHarness();
        h.Iam.GetPolicyVersionAsync(Arn, "v2").ReturnsForAnyArgs(Version("v2", isDefault: true));

        var result = await h.Managed.SetDefaultVersionAsync(Arn, "v2", null);

        result.Errors.Should().ContainKey(PolicyFields.VersionId);
    }

    [Fact]
    public async Task UpdateAsync_IamRefuses_FailedInPlainWords()
    {
        var h = new PoliciesHarness();
        h.HasVersions(1);
        h.Iam.CreatePolicyVersionAsync(default!, default!, default).ThrowsAsyncForAnyArgs(new IamException("MalformedPolicyDocument", "Syntax errors in policy."));

        var result = await h.Managed.UpdateAsync(new UpdatePolicyRequest(Arn, Document));

        result.Status.Should().Be(CommandStatus.Failed);
        result.ErrorCode.Should().Be("MalformedPolicyDocument");
    }
}
