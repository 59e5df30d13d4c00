using IamPortal.Application.Iam;
using IamPortal.Application.Jobs;
using IamPortal.Application.Offboarding;
using IamPortal.Web.Tests.Flows;
using Microsoft.Extensions.DependencyInjection;
using Kinds = IamPortal.Application.Offboarding.OffboardingStepKinds;

namespace IamPortal.Web.Tests.Features.Offboarding;

/// <summary>
/// Offboarding over real HTTP against a Sandbox whose ListServiceSpecificCredentials answers AccessDenied on every call
/// (set over HTTP): the plan warns and still plans the rest, jobs finish, end states confirmed with the AWS CLI.
/// </summary>
public sealed class OffboardingFailedReadFlowTests(OffboardingFlowFixture fixture) : IClassFixture<OffboardingFlowFixture>, IAsyncLifetime
{
    private const string Refused = "ListServiceSpecificCredentials";

    public Task InitializeAsync() => fixture.Sandbox.FailAlwaysAsync(Refused, IamErrorCodes.AccessDenied);

    public Task DisposeAsync() => Task.CompletedTask;

    [SkippableFact]
    public async Task StartAsync_OneReadRefused_PlanWarnsAndTheJobDeletesTheUser()
    {
        var user = await fixture.NewUserAsync("leaver");
        await using var scope = fixture.Scope();

        var plan = await scope.ServiceProvider.GetRequiredService<IOffboardingPlanner>().PlanAsync(user);
        var result = await scope.ServiceProvider.GetRequiredService<IOffboardingService>().StartAsync(user, quarantineFirst: true, "Left");

        plan.Warnings.Should().ContainSingle().Which.Description.Should()
            .StartWith("Could not read the service-specific credentials: The portal's AWS role is not allowed to do this")
            .And.EndWith("Delete them by hand if there are any; DeleteUser will say if something is still attached.");
        plan.Steps.Select(s => s.Kind).Should().Contain([Kinds.DeleteLoginProfile, Kinds.DeleteAccessKey, Kinds.DeactivateMfaDevice,
            Kinds.DeleteUserPolicy, Kinds.DetachUserPolicy, Kinds.RemoveUserFromGroup, Kinds.DeleteUserPermissionsBoundary, Kinds.DeleteUser]);
        result.Succeeded.Should().BeTrue(result.Value?.Job.FailedStep?.Error ?? result.Error);
        result.Value!.Job.Steps.Single(s => s.Kind == Kinds.ReadWarning).Status.Should().Be(StepStatus.Succeeded);
        await fixture.AssertUserGoneAsync(user);
    }

    [SkippableFact]
    public async Task StartAsync_UnreadCredentialAttached_DeleteUserSaysSoAndResumeFinishesAfterItIsRemovedByHand()
    {
        var user = await fixture.NewUserAsync("leaver", oneOfEverything: false);
        var created = await fixture.Cli.RunAsync("iam", "create-service-specific-credential", "--user-name", user, "--service-name", "codecommit.amazonaws.com");
        created.ExitCode.Should().Be(0, created.Stderr);
        var credentialId = created.Json.GetProperty("ServiceSpecificCredential").GetProperty("ServiceSpecificCredentialId").GetString()!;
        await using var scope = fixture.Scope();
        var offboarding = scope.ServiceProvider.GetRequiredService<IOffboardingService>();

        var failed = (await offboarding.StartAsync(user, quarantineFirst: false)).Value!.Job;

        failed.Status.Should().Be(JobStatus.Failed);
        failed.FailedStep!.Kind.Should().Be(Kinds.DeleteUser);
        failed.FailedStep.Error.Should().StartWith($"IAM will not delete {user} yet: it still has service-specific credentials. Remove that by hand");
        (await fixture.Cli.RunAsync("iam", "delete-service-specific-credential", "--user-name", user, "--service-specific-credential-id", credentialId))
            .ExitCode.Should().Be(0);

        var resumed = await offboarding.ResumeAsync(failed.Id);

        resumed.Succeeded.Should().BeTrue(resumed.Value?.Job.FailedStep?.Error ?? resumed.Error);
        await fixture.AssertUserGoneAsync(user);
    }

    [SkippableFact]
    public async Task BulkOffboard_TwoUsersWithOneReadRefused_BothGone()
    {
        var users = new[] { await fixture.NewUserAsync("leaver"), await fixture.NewUserAsync("leaver") };
        await using var scope = fixture.Scope();

        var results = await scope.ServiceProvider.GetRequiredService<IBulkUserActions>().RunAsync(BulkUserAction.Offboard, users, "Left");

        results.Succeeded.Should().BeTrue(results.Error);
        results.Value!.Should().HaveCount(2).And.OnlyContain(r => r.Succeeded, string.Join(" | ", results.Value!.Select(r => r.Message)));
        foreach (var user in users) await fixture.AssertUserGoneAsync(user);
    }
}
