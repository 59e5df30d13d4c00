using IamPortal.Application.Iam;
using IamPortal.Application.Jobs;
using IamPortal.Application.Offboarding;
using IamPortal.Application.Tests.Fakes;
using Kinds = IamPortal.Application.Offboarding.OffboardingStepKinds;

namespace IamPortal.Application.Tests.Offboarding;

/// <summary>Offboarding when IAM refuses one read (the portal's role lacks the permission, or the endpoint lacks the action).</summary>
public class OffboardingReadWarningTests
{
    private static OffboardingHarness DeniedServiceSpecificCredentials()
    {
        var h = new OffboardingHarness();
        h.Iam.Configure().ListServiceSpecificCredentialsAsync(default!).ThrowsAsyncForAnyArgs(IamUserReads.Denied("ListServiceSpecificCredentials"));
        return h;
    }

    [Fact]
    public async Task PlanAsync_ServiceSpecificCredentialsDenied_WarningInItsStageAndEverythingElsePlanned()
    {
        var h = DeniedServiceSpecificCredentials();

        var plan = await h.Planner.PlanAsync(OffboardingHarness.User);

        var warning = plan.Warnings.Should().ContainSingle().Subject;
        warning.Stage.Should().Be("5. Service-specific credentials");
        warning.Description.Should().StartWith("Could not read the service-specific credentials: The portal's AWS role is not allowed to do this")
            .And.EndWith("Delete them by hand if there are any; DeleteUser will say if something is still attached.")
            .And.NotContainEquivalentOf("try again");
        warning.Input.As<ReadWarningInput>().Part.Should().Be("service-specific credentials");
        plan.Steps.Select(s => s.Kind).Should().Equal(Kinds.DeleteLoginProfile, Kinds.DeleteAccessKey, Kinds.DeleteAccessKey,
            Kinds.DeleteSigningCertificate, Kinds.DeleteSshPublicKey, Kinds.ReadWarning, Kinds.DeactivateMfaDevice, Kinds.DeleteVirtualMfaDevice,
            Kinds.DeactivateMfaDevice, Kinds.DeleteUserPolicy, Kinds.DetachUserPolicy, Kinds.RemoveUserFromGroup,
            Kinds.DeleteUserPermissionsBoundary, Kinds.DeleteUser, Kinds.ConfirmUserGone);
    }

    [Fact]
    public async Task PlanAsync_LoginProfileServerError_WarningSaysTryAgain()
    {
        var h = new OffboardingHarness();
        h.Iam.Configure().GetLoginProfileAsync(default!).ThrowsAsyncForAnyArgs(IamUserReads.ServiceFailure());

        var plan = await h.Planner.PlanAsync(OffboardingHarness.User);

        plan.Steps[0].Kind.Should().Be(Kinds.ReadWarning);
        plan.Steps[0].Description.Should().Contain("console password").And.Contain("try again").And.Contain("Delete it by hand if there is one");
        plan.Steps.Should().NotContain(s => s.Kind == Kinds.DeleteLoginProfile);
    }

    [Fact]
    public async Task PlanQuarantineAsync_KeysDenied_WarningThenTheRestOfTheQuarantine()
    {
        var h = new OffboardingHarness();
        h.Iam.Configure().ListAccessKeysAsync(default!).ThrowsAsyncForAnyArgs(IamUserReads.Denied("ListAccessKeys"));

        var steps = await h.Planner.PlanQuarantineAsync(OffboardingHarness.User, "Flow Tester", "Left");

        steps.Select(s => s.Kind).Should().Equal(Kinds.ReadWarning, Kinds.DeleteLoginProfile, Kinds.PutQuarantinePolicy, Kinds.TagQuarantine);
        steps[0].Description.Should().Contain("access keys").And.Contain("Deactivate the active ones by hand");
    }

    [Fact]
    public async Task ExecuteAsync_ReadWarning_DoneWithoutCallingOrAuditingAnything()
    {
        var h = DeniedServiceSpecificCredentials();
        var warning = (await h.Planner.PlanAsync(OffboardingHarness.User)).Warnings[0];
        h.Iam.ClearReceivedCalls();
        var job = Job.Create(LifecycleJobKinds.Offboarding, OffboardingHarness.User, "t", "op", Sample.Now, JobData.Empty,
            [(warning.Kind, warning.Description, warning.Input)], FakeAccounts.AccountId);

        var outcome = await h.Executor.ExecuteAsync(new StepContext(job, job.Steps[0], new JobSecrets()), CancellationToken.None);

        outcome.Kind.Should().Be(StepOutcomeKind.Done);
        h.Iam.ReceivedCalls().Should().BeEmpty();
        h.Audit.Entries.Should().BeEmpty();
    }

    [Fact]
    public async Task StartAsync_ServiceSpecificCredentialsDenied_JobRunsPastTheWarningAndTheUserIsGone()
    {
        var h = DeniedServiceSpecificCredentials();

        var result = await h.Offboarding.StartAsync(OffboardingHarness.User, quarantineFirst: true, "Left");

        result.Succeeded.Should().BeTrue(result.Value?.Job.FailedStep?.Error ?? result.Error);
        result.Value!.Job.Steps.Should().OnlyContain(s => s.Status == StepStatus.Succeeded);
        result.Value.Job.Steps.Should().ContainSingle(s => s.Kind == Kinds.ReadWarning);
        h.Iam.CallsTo(nameof(IIamClient.DeleteServiceSpecificCredentialAsync)).Should().Be(0);
    }

    [Fact]
    public async Task StartAsync_UnreadCredentialStillAttached_DeleteUserSaysWhatAndResumeFinishesOnceRemoved()
    {
        var h = DeniedServiceSpecificCredentials();
        var attached = true;
        h.Iam.Configure().DeleteUserAsync(default!).ReturnsForAnyArgs(_ => attached
            ? throw new DeleteConflictException("Cannot delete entity, must delete service-specific credentials first.")
            : Task.CompletedTask);

        var failed = (await h.Offboarding.StartAsync(OffboardingHarness.User, quarantineFirst: false)).Value!.Job;

        failed.Status.Should().Be(JobStatus.Failed);
        failed.FailedStep!.Kind.Should().Be(Kinds.DeleteUser);
        failed.FailedStep.ErrorCode.Should().Be(IamErrorCodes.DeleteConflict);
        failed.FailedStep.Error.Should().StartWith("IAM will not delete leaver yet: it still has service-specific credentials. Remove that by hand");
        attached = false; // the operator deleted the credential in the console

        var resumed = await h.Offboarding.ResumeAsync(failed.Id);

        resumed.Succeeded.Should().BeTrue(resumed.Value?.Job.FailedStep?.Error ?? resumed.Error);
        resumed.Value!.Job.Steps.Should().OnlyContain(s => s.Status == StepStatus.Succeeded);
    }

    [Fact]
    public async Task BulkRunAsync_OffboardTwoUsersWithOneReadDenied_BothGone()
    {
        var h = DeniedServiceSpecificCredentials();

        var results = (await h.Bulk.RunAsync(BulkUserAction.Offboard, ["leaver", "mover"], "Left")).Value!;

        results.Should().HaveCount(2).And.OnlyContain(r => r.Succeeded && r.Message.EndsWith("is gone (confirmed).", StringComparison.Ordinal));
    }
}
