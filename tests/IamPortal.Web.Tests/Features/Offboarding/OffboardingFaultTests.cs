using IamPortal.Application.Jobs;
using IamPortal.Application.Offboarding;
using Microsoft.Extensions.DependencyInjection;
using Kinds = IamPortal.Application.Offboarding.OffboardingStepKinds;

namespace IamPortal.Web.Tests.Features.Offboarding;

/// <summary>A fault injected at each deletion step of a user with one of everything: a clear stop, then a resume that finishes.</summary>
public sealed class OffboardingFaultTests(OffboardingFlowFixture fixture) : IClassFixture<OffboardingFlowFixture>
{
    [SkippableTheory]
    [InlineData("DeleteLoginProfile", Kinds.DeleteLoginProfile)]
    [InlineData("DeleteAccessKey", Kinds.DeleteAccessKey)]
    [InlineData("DeactivateMFADevice", Kinds.DeactivateMfaDevice)]
    [InlineData("DeleteVirtualMFADevice", Kinds.DeleteVirtualMfaDevice)]
    [InlineData("DeleteUserPolicy", Kinds.DeleteUserPolicy)]
    [InlineData("RemoveUserFromGroup", Kinds.RemoveUserFromGroup)]
    [InlineData("DeleteUserPermissionsBoundary", Kinds.DeleteUserPermissionsBoundary)]
    [InlineData("DeleteUser", Kinds.DeleteUser)]
    public async Task FaultAtStep_StopsWithUserStillThere_ResumeFinishesAndUserGone(string action, string kind)
    {
        var user = fixture.TakeSeededUser();
        await fixture.GiveOneOfEverythingAsync(user);
        await using var scope = fixture.Scope();
        var offboarding = scope.ServiceProvider.GetRequiredService<IOffboardingService>();
        fixture.Sandbox.Control.FailNext(action, "ServiceFailure", 1);

        var failed = (await offboarding.StartAsync(user, quarantineFirst: false)).Value!.Job;

        failed.Status.Should().Be(JobStatus.Failed);
        failed.FailedStep!.Kind.Should().Be(kind);
        failed.FailedStep.Error.Should().Contain("IAM had an internal error");
        failed.Steps.Take(failed.FailedStep.Index).Should().OnlyContain(s => s.Status == StepStatus.Succeeded);
        failed.Steps.Skip(failed.FailedStep.Index + 1).Should().OnlyContain(s => s.Status == StepStatus.Pending);
        (await fixture.Cli.RunAsync("iam", "get-user", "--user-name", user)).ExitCode.Should().Be(0, "the user is still there, in a stated state");

        var resumed = await offboarding.ResumeAsync(failed.Id);

        resumed.Succeeded.Should().BeTrue(resumed.Value?.Job.FailedStep?.Error ?? resumed.Error);
        await fixture.AssertUserGoneAsync(user);
    }
}
