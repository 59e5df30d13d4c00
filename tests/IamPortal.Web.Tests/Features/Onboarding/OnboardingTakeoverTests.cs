using IamPortal.Application.Jobs;
using IamPortal.Application.Onboarding;
using IamPortal.Application.Operators;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Web.Tests.Features.Onboarding;

/// <summary>
/// A user of the same name created by someone else between a failed attempt and the retry (the AWS CLI plays the
/// other person) is never taken over: no password, key, group or policy is given to it, and a rollback leaves it alone.
/// </summary>
public sealed class OnboardingTakeoverTests(OnboardingFlowFixture fixture) : IClassFixture<OnboardingFlowFixture>
{
    private const string AdminPolicy = "arn:aws:iam::aws:policy/AdministratorAccess";

    private static OnboardingRequest Request(string name) => new()
    {
        UserName = name, Path = "/", ConsoleAccess = true, ProgrammaticAccess = true, Groups = ["all-staff", "engineering-developers"],
        Tags = [new("Department", "Engineering"), new("CostCenter", "CC-1100"), new("Owner", "cto@example.com")],
    };

    private IOnboardingService Service(AsyncServiceScope scope)
    {
        scope.ServiceProvider.GetRequiredService<TestOperator>().Role = PortalRole.SecurityAdmin;
        return scope.ServiceProvider.GetRequiredService<IOnboardingService>();
    }

    private async Task SomeoneElseCreatesAdminAsync(string user)
    {
        (await fixture.Cli.RunAsync("iam", "create-user", "--user-name", user)).ExitCode.Should().Be(0);
        (await fixture.Cli.RunAsync("iam", "attach-user-policy", "--user-name", user, "--policy-arn", AdminPolicy)).ExitCode.Should().Be(0);
    }

    private async Task ShouldHaveNoPortalCredentialsAsync(string user)
    {
        (await fixture.Cli.RunAsync("iam", "get-login-profile", "--user-name", user)).ExitCode.Should().NotBe(0, "no console password was created");
        (await fixture.Cli.RunAsync("iam", "list-access-keys", "--user-name", user)).Json.GetProperty("AccessKeyMetadata").GetArrayLength()
            .Should().Be(0, "no access key was created");
        (await fixture.Cli.RunAsync("iam", "list-groups-for-user", "--user-name", user)).Json.GetProperty("Groups").GetArrayLength()
            .Should().Be(0, "the other user was not added to the wizard's groups");
        var policies = (await fixture.Cli.RunAsync("iam", "list-attached-user-policies", "--user-name", user)).Json.GetProperty("AttachedPolicies");
        policies.EnumerateArray().Select(p => p.GetProperty("PolicyArn").GetString()).Should().Equal([AdminPolicy], "the other user is left as it was");
    }

    [SkippableTheory]
    [InlineData("ServiceFailure")]
    [InlineData("EntityAlreadyExists")]
    public async Task RetryAfterCreateUserFailed_SomeoneElseCreatedTheName_StopsAndCreatesNoCredential(string code)
    {
        var user = $"race.{code.ToLowerInvariant()}";
        await using var scope = fixture.Services.CreateAsyncScope();
        var service = Service(scope);
        // Five ServiceFailures exhaust the client's retries (1 + 4); EntityAlreadyExists is not retried.
        fixture.Sandbox.Control.FailNext("CreateUser", code, code == "ServiceFailure" ? 5 : 1);
        var failed = (await service.StartAsync(Request(user))).Value!.Job;
        failed.FailedStep!.Kind.Should().Be(OnboardingStepKinds.CreateUser);
        await SomeoneElseCreatesAdminAsync(user);

        var retried = await service.RetryAsync(failed.Id);

        retried.Succeeded.Should().BeFalse();
        retried.Value!.Credentials.Should().BeNull("no secret of a user this job did not create is ever shown");
        retried.Value!.Job.FailedStep!.Kind.Should().Be(OnboardingStepKinds.CreateUser);
        retried.Value!.Job.FailedStep.Error.Should().Contain($"A user named {user} now exists and this job did not create it");
        OnboardingJobState.WhatExists(retried.Value!.Job).Should().BeEmpty();
        await ShouldHaveNoPortalCredentialsAsync(user);

        var rolledBack = await service.RollBackAsync(failed.Id);

        rolledBack.Error.Should().BeNull();
        (await fixture.Cli.RunAsync("iam", "get-user", "--user-name", user)).ExitCode.Should().Be(0, "a rollback never deletes a user the job did not create");
        await ShouldHaveNoPortalCredentialsAsync(user);
    }

    [SkippableFact]
    public async Task RetryAfterLaterStepFailed_UserReplacedMeanwhile_StopsBeforeAnyCredential()
    {
        const string user = "race.replaced";
        await using var scope = fixture.Services.CreateAsyncScope();
        var service = Service(scope);
        fixture.Sandbox.Control.FailNext("CreateLoginProfile", "ServiceFailure", 1);
        var failed = (await service.StartAsync(Request(user))).Value!.Job;
        failed.FailedStep!.Kind.Should().Be(OnboardingStepKinds.CreateLoginProfile);
        (await fixture.Cli.RunAsync("iam", "delete-user", "--user-name", user)).ExitCode.Should().Be(0);
        await SomeoneElseCreatesAdminAsync(user);

        var retried = await service.RetryAsync(failed.Id);

        retried.Succeeded.Should().BeFalse();
        retried.Value!.Credentials.Should().BeNull();
        retried.Value!.Job.FailedStep!.Kind.Should().Be(OnboardingStepKinds.CreateLoginProfile);
        retried.Value!.Job.FailedStep.Error.Should().Contain("this job did not create it");
        await ShouldHaveNoPortalCredentialsAsync(user);
    }

    [SkippableFact]
    public async Task Start_TagsTheUserWithItsJob_SoOwnershipIsProvable()
    {
        const string user = "owned.by.job";
        await using var scope = fixture.Services.CreateAsyncScope();

        var done = await Service(scope).StartAsync(Request(user));

        done.Succeeded.Should().BeTrue(done.Error);
        var tags = (await fixture.Cli.RunAsync("iam", "list-user-tags", "--user-name", user)).Json.GetProperty("Tags").EnumerateArray()
            .ToDictionary(t => t.GetProperty("Key").GetString()!, t => t.GetProperty("Value").GetString());
        tags.Should().Contain(OnboardingOwnership.TagKey, done.Value!.Job.Id.ToString("D")).And.ContainKey("Department");
    }
}
