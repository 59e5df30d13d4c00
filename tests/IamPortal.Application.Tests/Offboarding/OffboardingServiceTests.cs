using IamPortal.Application.Commands;
using IamPortal.Application.Users;
using IamPortal.Application.Audit;
using IamPortal.Application.Iam;
using IamPortal.Application.Jobs;
using IamPortal.Application.Offboarding;
using IamPortal.Application.Operators;
using IamPortal.Application.Tests.Fakes;
using Kinds = IamPortal.Application.Offboarding.OffboardingStepKinds;

namespace IamPortal.Application.Tests.Offboarding;

public class OffboardingServiceTests
{
    [Fact]
    public async Task StartAsync_OneOfEverything_RunsThePlanAndConfirmsTheUserGone()
    {
        var h = new OffboardingHarness();

        var result = await h.Offboarding.StartAsync(OffboardingHarness.User, quarantineFirst: false);

        result.Succeeded.Should().BeTrue(result.Error);
        result.Value!.Job.Kind.Should().Be(LifecycleJobKinds.Offboarding);
        result.Value!.Job.Steps.Should().HaveCount(15).And.OnlyContain(s => s.Status == StepStatus.Succeeded);
        result.Value!.Job.Steps.Last().Kind.Should().Be(Kinds.ConfirmUserGone);
        h.Inventory.ChangedUsers.Should().Contain(OffboardingHarness.User);
        h.Audit.Entries.Select(e => e.Record.Action).Should().StartWith("ConsoleAccess.Disable").And.EndWith("Offboarding.ConfirmUserGone");
    }

    [Fact]
    public async Task StartAsync_QuarantineFirst_QuarantinesThenDeletesIncludingTheDenyPolicy()
    {
        var h = new OffboardingHarness();

        var result = await h.Offboarding.StartAsync(OffboardingHarness.User, quarantineFirst: true, "Left the company");

        result.Succeeded.Should().BeTrue(result.Error);
        var kinds = result.Value!.Job.Steps.Select(s => s.Kind).ToList();
        kinds.Take(4).Should().Equal(Kinds.DeactivateAccessKey, Kinds.DeleteLoginProfile, Kinds.PutQuarantinePolicy, Kinds.TagQuarantine);
        kinds.Count(k => k == Kinds.DeleteLoginProfile).Should().Be(1, "the quarantine already deleted the password");
        result.Value!.Job.Steps.Where(s => s.Kind == Kinds.DeleteUserPolicy).Select(s => s.Input.As<InlinePolicyInput>().PolicyName)
            .Should().Equal(QuarantinePolicy.PolicyName, "inline-s3");
        kinds.IndexOf(Kinds.DeleteUserPolicy).Should().BeLessThan(kinds.IndexOf(Kinds.DetachUserPolicy));
        result.Value!.Job.Steps.Where(s => s.Kind == Kinds.DeleteAccessKey).Select(s => s.Description)
            .Should().OnlyContain(d => d.EndsWith("(inactive after the quarantine)", StringComparison.Ordinal), "the quarantine deactivated them first");
    }

    [Fact]
    public async Task ResumeAsync_AfterFailureInTheMiddle_ContinuesFromTheFailedStep()
    {
        var h = new OffboardingHarness();
        h.Iam.Configure().DetachUserPolicyAsync(default!, default!).ThrowsAsyncForAnyArgs(new IamException(IamErrorCodes.ServiceFailure, "internal error"));

        var failed = (await h.Offboarding.StartAsync(OffboardingHarness.User, quarantineFirst: false)).Value!.Job;

        failed.Status.Should().Be(JobStatus.Failed);
        var at = failed.FailedStep!.Index;
        failed.FailedStep.Kind.Should().Be(Kinds.DetachUserPolicy);
        failed.FailedStep.ErrorCode.Should().Be(IamErrorCodes.ServiceFailure);
        failed.Steps.Take(at).Should().OnlyContain(s => s.Status == StepStatus.Succeeded);
        failed.Steps.Skip(at + 1).Should().OnlyContain(s => s.Status == StepStatus.Pending);
        _ = h.Iam.DidNotReceiveWithAnyArgs().DeleteUserAsync(default!);

        h.Iam.Configure().DetachUserPolicyAsync(default!, default!).ReturnsForAnyArgs(Task.CompletedTask);
        var deletesBefore = h.Iam.CallsTo(nameof(IIamClient.DeleteAccessKeyAsync));
        var resumed = await h.Offboarding.ResumeAsync(failed.Id);

        resumed.Succeeded.Should().BeTrue(resumed.Error);
        h.Iam.CallsTo(nameof(IIamClient.DeleteAccessKeyAsync)).Should().Be(deletesBefore, "finished steps are not repeated");
        _ = h.Iam.ReceivedWithAnyArgs(1).DeleteUserAsync(default!);
    }

    [Fact]
    public async Task ResumeAsync_Auditor_RefusedAndAudited()
    {
        var admin = new OffboardingHarness();
        admin.Iam.Configure().DeleteUserAsync(default!).ThrowsAsyncForAnyArgs(new IamException(IamErrorCodes.ServiceFailure, "internal error"));
        var failed = (await admin.Offboarding.StartAsync(OffboardingHarness.User, false)).Value!.Job;
        var auditor = new OffboardingHarness(PortalRole.Auditor);
        await auditor.Jobs.SaveAsync(failed);

        var resume = () => auditor.Offboarding.ResumeAsync(failed.Id);

        await resume.Should().ThrowAsync<PortalAccessDeniedException>();
        auditor.AuditOf("Offboarding.Resume").Single().Record.Outcome.Should().Be(AuditOutcomes.Denied);
        auditor.Iam.CallNames().Should().BeEmpty();
    }

    [Fact]
    public async Task ReleaseAsync_AfterQuarantine_ReactivatesOnlyTheKeysItDeactivated()
    {
        var h = new OffboardingHarness();
        var quarantined = await h.Quarantine.QuarantineAsync(OffboardingHarness.User, "Investigation");
        quarantined.Succeeded.Should().BeTrue(quarantined.Error);
        h.Iam.Configure().GetLoginProfileAsync(default!).ReturnsForAnyArgs(_ => (IamLoginProfile?)null);

        var released = await h.Quarantine.ReleaseAsync(OffboardingHarness.User);

        released.Succeeded.Should().BeTrue(released.Error);
        released.Value!.Job.Steps.Select(s => s.Description).Should().Equal(
            "Reactivate access key AKIAACTIVE", $"Delete the deny-all inline policy {QuarantinePolicy.PolicyName}", "Remove the quarantine tags");
        released.Value!.Note.Should().Contain("cannot be restored");
    }

    [Fact]
    public async Task QuarantineAsync_EmptyReason_RefusedBeforeIam()
    {
        var h = new OffboardingHarness();

        var result = await h.Quarantine.QuarantineAsync(OffboardingHarness.User, " <> ");

        result.Value.Should().BeNull();
        result.Errors[QuarantineFields.Reason].Should().Contain("why");
        h.Iam.CallNames().Should().BeEmpty();
        h.AuditOf("Offboarding.Quarantine").Single().Record.Outcome.Should().Be(AuditOutcomes.Invalid);
    }

    [Fact]
    public async Task BulkRunAsync_OneUserFails_OthersStillDoneWithResultPerUser()
    {
        var h = new OffboardingHarness();
        h.Iam.Configure().ListAccessKeysAsync(default!).ReturnsForAnyArgs(a => (string)a[0]! == "broken"
            ? throw new IamException(IamErrorCodes.ServiceFailure, "internal error")
            : (IReadOnlyList<IamAccessKey>)[new IamAccessKey((string)a[0]!, "AKIA" + ((string)a[0]!).ToUpperInvariant(), IamAccessKeyStatus.Active, Sample.Now)]);
        var reports = new List<BulkProgress>();

        var results = (await h.Bulk.RunAsync(BulkUserAction.DeactivateKeys, ["alice", "broken", "carol"], progress: new SyncProgress(reports))).Value!;

        results.Select(r => (r.UserName, r.Succeeded)).Should().Equal(("alice", true), ("broken", false), ("carol", true));
        results[1].Message.Should().Contain("IAM had an internal error");
        results[0].Message.Should().Contain("AKIAALICE");
        reports.Should().Contain(new BulkProgress(3, 3)).And.Contain(new BulkProgress(0, 3));
        h.AuditOf("AccessKeys.Deactivate").Should().HaveCount(2);
        h.Bulk.ExportCsv(BulkUserAction.DeactivateKeys, results).Should().Contain("broken,Failed");
    }

    [Fact]
    public async Task BulkRunAsync_Auditor_RefusedAndAudited()
    {
        var h = new OffboardingHarness(PortalRole.Auditor);

        var result = await h.Bulk.RunAsync(BulkUserAction.Offboard, ["alice", "bob"]);

        result.Status.Should().Be(CommandStatus.Denied);
        result.Error.Should().Contain("does not allow");
        h.AuditOf("Offboarding.BulkOffboard").Single().Record.Outcome.Should().Be(AuditOutcomes.Denied);
        h.Iam.CallNames().Should().BeEmpty();
    }

    private sealed class SyncProgress(List<BulkProgress> reports) : IProgress<BulkProgress>
    {
        public void Report(BulkProgress value)
        {
            lock (reports) reports.Add(value);
        }
    }

    [Fact]
    public async Task StartAsync_AnyLifecycleJob_NamesTheAccountInTheJobAndItsAuditEntries()
    {
        var h = new OffboardingHarness();

        var quarantine = await h.Quarantine.QuarantineAsync(OffboardingHarness.User, "Investigation");
        var offboarding = await h.Offboarding.StartAsync(OffboardingHarness.User, quarantineFirst: false);

        quarantine.Value!.Job.AccountId.Should().Be(FakeAccounts.AccountId);
        offboarding.Value!.Job.AccountId.Should().Be(FakeAccounts.AccountId);
        h.Jobs.History.Should().OnlyContain(j => j.AccountId == FakeAccounts.AccountId, "every journaled state keeps it");
        h.Audit.Entries.Should().NotBeEmpty().And.OnlyContain(e => e.Record.AccountId == FakeAccounts.AccountId);
    }
}
