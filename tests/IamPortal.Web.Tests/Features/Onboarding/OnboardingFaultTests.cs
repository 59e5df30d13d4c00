using IamPortal.Application.Jobs;
using IamPortal.Application.Onboarding;
using IamPortal.Application.Operators;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Web.Tests.Features.Onboarding;

/// <summary>A fault injected at each onboarding step over HTTP: a clear stop, then a retry that finishes or a roll-back that leaves nothing.</summary>
public sealed class OnboardingFaultTests(OnboardingFlowFixture fixture) : IClassFixture<OnboardingFlowFixture>
{
    private static OnboardingRequest Request(string name) => new()
    {
        UserName = name, Path = "/", ConsoleAccess = true, ProgrammaticAccess = true, Groups = ["all-staff"],
        Tags = [new("Department", "Engineering"), new("CostCenter", "CC-1100"), new("Owner", "cto@example.com")],
    };

    private IOnboardingService Service(AsyncServiceScope scope)
    {
        scope.ServiceProvider.GetRequiredService<TestOperator>().Role = PortalRole.SecurityAdmin;
        return scope.ServiceProvider.GetRequiredService<IOnboardingService>();
    }

    private async Task<bool> ExistsAsync(string user) => (await fixture.Cli.RunAsync("iam", "get-user", "--user-name", user)).ExitCode == 0;

    [SkippableTheory]
    [InlineData(OnboardingStepKinds.CreateUser, 0)]
    [InlineData(OnboardingStepKinds.CreateLoginProfile, 1)]
    [InlineData(OnboardingStepKinds.CreateAccessKey, 2)]
    [InlineData(OnboardingStepKinds.AddUserToGroup, 3)]
    public async Task FaultAtStep_StopsThereSayingWhatExists_RollBackLeavesNoOrphan(string action, int stepsDone)
    {
        var user = $"fault.rollback.{stepsDone}";
        await using var scope = fixture.Services.CreateAsyncScope();
        var service = Service(scope);
        fixture.Sandbox.Control.FailNext(action, "ServiceFailure", 1);

        var failed = (await service.StartAsync(Request(user))).Value!.Job;

        failed.Status.Should().Be(JobStatus.Failed);
        failed.FailedStep!.Kind.Should().Be(action);
        failed.FailedStep.Error.Should().Contain("IAM had an internal error");
        failed.Steps.Count(s => s.Status == StepStatus.Succeeded).Should().Be(stepsDone);
        OnboardingJobState.WhatExists(failed).Should().HaveCount(stepsDone, "the page lists exactly what was created before the stop");
        (await ExistsAsync(user)).Should().Be(stepsDone > 0);

        var rolledBack = await service.RollBackAsync(failed.Id);

        rolledBack.Error.Should().BeNull();
        rolledBack.Value!.Job.Status.Should().Be(JobStatus.Cancelled);
        (await ExistsAsync(user)).Should().BeFalse("a rolled-back onboarding leaves no user, key or password behind");
    }

    [SkippableTheory]
    [InlineData(OnboardingStepKinds.CreateUser)]
    [InlineData(OnboardingStepKinds.CreateLoginProfile)]
    [InlineData(OnboardingStepKinds.CreateAccessKey)]
    [InlineData(OnboardingStepKinds.AddUserToGroup)]
    public async Task FaultAtStep_Retry_FinishesWithExactlyOneOfEach(string action)
    {
        var user = $"fault.retry.{action.ToLowerInvariant()}";
        await using var scope = fixture.Services.CreateAsyncScope();
        var service = Service(scope);
        fixture.Sandbox.Control.FailNext(action, "ServiceFailure", 1);
        var failed = (await service.StartAsync(Request(user))).Value!.Job;
        failed.Status.Should().Be(JobStatus.Failed);

        var done = await service.RetryAsync(failed.Id);

        done.Succeeded.Should().BeTrue(done.Error);
        (await fixture.Cli.RunAsync("iam", "list-access-keys", "--user-name", user)).Json.GetProperty("AccessKeyMetadata").GetArrayLength().Should().Be(1);
        (await fixture.Cli.RunAsync("iam", "get-login-profile", "--user-name", user)).ExitCode.Should().Be(0);
        (await fixture.Cli.RunAsync("iam", "list-groups-for-user", "--user-name", user)).Json.GetProperty("Groups").GetArrayLength().Should().Be(1);
    }
}
