using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Iam;
using IamPortal.Application.Jobs;
using IamPortal.Application.Policies;
using IamPortal.Application.Policies.Deletion;
using static IamPortal.Application.Tests.Policies.PoliciesHarness;

namespace IamPortal.Application.Tests.Policies.Deletion;

public class PolicyDeletionServiceTests
{
    private static PoliciesHarness Attached(IReadOnlyList<string>? roles = null)
    {
        var h = new PoliciesHarness();
        h.Iam.GetPolicyAsync(Arn).ReturnsForAnyArgs(Policy(attachments: 3, defaultVersion: "v3"));
        h.Iam.ListEntitiesForPolicyAsync(Arn).ReturnsForAnyArgs(new IamPolicyEntities(["ops"], ["bob", "alice"], roles ?? []));
        h.HasVersions(3);
        return h;
    }

    [Fact]
    public async Task PlanAsync_AttachedPolicy_DetachesEverywhereDeletesOldVersionsThenThePolicy()
    {
        var h = Attached();

        var plan = (await h.Deletion.PlanAsync(Arn)).Value!;

        plan.CanStart.Should().BeTrue();
        plan.Steps.Select(s => s.Description).Should().Equal(
            "Detach from user alice", "Detach from user bob", "Detach from group ops",
            "Delete version v1", "Delete version v2", "Delete policy deploy (with its default version v3)");
    }

    [Fact]
    public async Task StartAsync_AttachedToARole_RefusedWithTheReasonAndNothingChanged()
    {
        var h = Attached(roles: ["ci-runner"]);

        var result = await h.Deletion.StartAsync(Arn);

        result.Status.Should().Be(CommandStatus.Invalid);
        result.Errors[PolicyFields.PolicyArn].Should().Contain("ci-runner");
        await h.Iam.DidNotReceiveWithAnyArgs().DetachUserPolicyAsync(default!, default!);
        h.Jobs.Jobs.Should().BeEmpty();
    }

    [Fact]
    public async Task StartAsync_RunsEveryStepInOrderAndAuditsEach()
    {
        var h = Attached();

        var result = await h.Deletion.StartAsync(Arn);

        result.Succeeded.Should().BeTrue();
        result.Value!.Job.Status.Should().Be(JobStatus.Succeeded);
        Received.InOrder(() =>
        {
            h.Iam.DetachUserPolicyAsync("alice", Arn, Arg.Any<CancellationToken>());
            h.Iam.DetachUserPolicyAsync("bob", Arn, Arg.Any<CancellationToken>());
            h.Iam.DetachGroupPolicyAsync("ops", Arn, Arg.Any<CancellationToken>());
            h.Iam.DeletePolicyVersionAsync(Arn, "v1", Arg.Any<CancellationToken>());
            h.Iam.DeletePolicyVersionAsync(Arn, "v2", Arg.Any<CancellationToken>());
            h.Iam.DeletePolicyAsync(Arn, Arg.Any<CancellationToken>());
        });
        h.AuditOf(AuditActions.DeletePolicy).Single().Record.Outcome.Should().Be("Success");
        await h.Inventory.Received().InvalidateAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task ResumeAsync_AfterAFailedStep_ContinuesFromItWithoutRepeatingDoneSteps()
    {
        var h = Attached();
        h.Iam.DetachGroupPolicyAsync("ops", Arn).ThrowsAsyncForAnyArgs(new IamException("ServiceFailure", "IAM is down."));
        var failed = await h.Deletion.StartAsync(Arn);
        h.Iam.Configure().DetachGroupPolicyAsync(default!, default!).ReturnsForAnyArgs(Task.CompletedTask);
        h.Iam.ClearReceivedCalls();

        var resumed = await h.Deletion.ResumeAsync(failed.Value!.Job.Id);

        failed.Status.Should().Be(CommandStatus.Failed);
        failed.Value.Job.FailedStep!.Description.Should().Be("Detach from group ops");
        resumed.Value!.Job.Status.Should().Be(JobStatus.Succeeded);
        await h.Iam.DidNotReceiveWithAnyArgs().DetachUserPolicyAsync(default!, default!);
        await h.Iam.Received(1).DetachGroupPolicyAsync("ops", Arn, Arg.Any<CancellationToken>());
        await h.Iam.Received(1).DeletePolicyAsync(Arn, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task StartAsync_AlreadyDetachedElsewhere_CountsAsDone()
    {
        var h = Attached();
        h.Iam.DetachUserPolicyAsync("bob", Arn).ThrowsAsyncForAnyArgs(new NoSuchEntityException("Policy is not attached to user bob."));

        var result = await h.Deletion.StartAsync(Arn);

        result.Value!.Job.Status.Should().Be(JobStatus.Succeeded);
    }

    [Fact]
    public async Task StartAsync_DeleteConflictAtTheEnd_FailsSayingWhatToDo()
    {
        var h = Attached();
        h.Iam.DeletePolicyAsync(Arn).ThrowsAsyncForAnyArgs(new DeleteConflictException("Cannot delete a policy attached to entities."));

        var result = await h.Deletion.StartAsync(Arn);

        result.Status.Should().Be(CommandStatus.Failed);
        result.Error.Should().Contain("start a new deletion");
    }
}
