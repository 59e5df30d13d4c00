using System.Text.Json;
using IamPortal.Application.Audit;
using IamPortal.Application.Iam;
using IamPortal.Application.Jobs;
using IamPortal.Application.Onboarding;
using IamPortal.Application.Operators;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Web.Tests.Features.Onboarding;

/// <summary>Onboarding over real HTTP against the Sandbox, confirmed with the AWS CLI.</summary>
public sealed class OnboardingFlowTests(OnboardingFlowFixture fixture) : IClassFixture<OnboardingFlowFixture>
{
    private static OnboardingRequest Request(string name) => new()
    {
        UserName = name, Path = "/engineering/", ConsoleAccess = true, ProgrammaticAccess = true,
        Groups = ["engineering-developers", "all-staff"],
        Tags = [new("Department", "Engineering"), new("CostCenter", "CC-1100"), new("Owner", "cto@example.com")],
    };

    private (AsyncServiceScope Scope, IOnboardingService Service) Scope(PortalRole role = PortalRole.SecurityAdmin)
    {
        var scope = fixture.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TestOperator>().Role = role;
        return (scope, scope.ServiceProvider.GetRequiredService<IOnboardingService>());
    }

    [SkippableFact]
    public async Task StartAsync_FullOnboarding_AwsCliConfirmsTheEndState()
    {
        var (scope, service) = Scope();
        await using var _ = scope;

        var result = await service.StartAsync(Request("flow.full"));

        result.Succeeded.Should().BeTrue(result.Error);
        result.Value!.Credentials!.AccessKeyId.Should().StartWith("AKIA");
        var user = (await fixture.Cli.RunAsync("iam", "get-user", "--user-name", "flow.full")).Json.GetProperty("User");
        user.GetProperty("Path").GetString().Should().Be("/engineering/");
        user.GetProperty("Tags").EnumerateArray().Select(t => t.GetProperty("Key").GetString()).Should()
            .BeEquivalentTo("Department", "CostCenter", "Owner", Application.Onboarding.OnboardingOwnership.TagKey);
        (await fixture.Cli.RunAsync("iam", "get-login-profile", "--user-name", "flow.full")).Json
            .GetProperty("LoginProfile").GetProperty("PasswordResetRequired").GetBoolean().Should().BeTrue();
        (await fixture.Cli.RunAsync("iam", "list-access-keys", "--user-name", "flow.full")).Json.GetProperty("AccessKeyMetadata")
            .EnumerateArray().Select(k => k.GetProperty("AccessKeyId").GetString()).Should().Equal(result.Value!.Credentials.AccessKeyId);
        (await fixture.Cli.RunAsync("iam", "list-groups-for-user", "--user-name", "flow.full")).Json.GetProperty("Groups")
            .EnumerateArray().Select(g => g.GetProperty("GroupName").GetString()).Should().BeEquivalentTo("engineering-developers", "all-staff");

        var jobs = scope.ServiceProvider.GetRequiredService<IJobStore>();
        var stored = JsonSerializer.Serialize(await jobs.GetAsync(result.Value!.Job.Id));
        stored.Should().NotContain(result.Value!.Credentials.Password!).And.NotContain(result.Value!.Credentials.SecretAccessKey!);
    }

    [SkippableFact]
    public async Task RetryAsync_FaultInjectedAtAddUserToGroup_StopsThereThenFinishes()
    {
        var (scope, service) = Scope();
        await using var _ = scope;
        fixture.Sandbox.Control.FailNext("AddUserToGroup", "ServiceFailure", 1);

        var failed = await service.StartAsync(Request("flow.retry"));

        failed.Value!.Job.Status.Should().Be(JobStatus.Failed);
        failed.Value!.Job.FailedStep!.Kind.Should().Be(OnboardingStepKinds.AddUserToGroup);
        failed.Value!.Job.FailedStep.ErrorCode.Should().Be("ServiceFailure");
        failed.Value!.Job.Steps.Take(3).Should().OnlyContain(s => s.Status == StepStatus.Succeeded);
        failed.Value!.Job.Steps.Last().Status.Should().Be(StepStatus.Pending);
        OnboardingJobState.WhatExists(failed.Value!.Job).Should().Equal("The IAM user flow.retry", "Its console password", "Its access key");

        var done = await service.RetryAsync(failed.Value!.Job.Id);

        done.Succeeded.Should().BeTrue(done.Error);
        done.Value!.Credentials!.SecretAccessKey.Should().NotBeNullOrEmpty("the retry ran in the same session, which kept the secret");
        (await fixture.Cli.RunAsync("iam", "list-groups-for-user", "--user-name", "flow.retry")).Json.GetProperty("Groups")
            .GetArrayLength().Should().Be(2);
        (await fixture.Cli.RunAsync("iam", "list-access-keys", "--user-name", "flow.retry")).Json.GetProperty("AccessKeyMetadata")
            .GetArrayLength().Should().Be(1, "the retry did not create a second key");
    }

    [SkippableFact]
    public async Task RollBackAsync_AfterMidwayFailure_LeavesNoUser()
    {
        var (scope, service) = Scope();
        await using var _ = scope;
        fixture.Sandbox.Control.FailNext("AddUserToGroup", "ServiceFailure", 1);
        var failed = await service.StartAsync(Request("flow.rollback"));
        failed.Value!.Job.Status.Should().Be(JobStatus.Failed);

        var rolledBack = await service.RollBackAsync(failed.Value!.Job.Id);

        rolledBack.Error.Should().BeNull();
        rolledBack.Value!.Job.Status.Should().Be(JobStatus.Cancelled);
        var cli = await fixture.Cli.RunAsync("iam", "get-user", "--user-name", "flow.rollback");
        cli.ExitCode.Should().NotBe(0);
        cli.Stderr.Should().Contain("NoSuchEntity");
        var audit = await AuditAsync(scope);
        audit.Where(e => e.Record.Target == "flow.rollback" && e.Record.ParametersJson.Contains("\"Via\":\"Onboarding.Rollback\""))
            .Select(e => e.Record.Action).Should().Equal("ConsoleAccess.Disable", "AccessKeys.Delete", "Users.Delete");
    }

    [Fact]
    public async Task StartAsync_BadInputInEveryField_RefusedAndNoCreateUserSent()
    {
        var (scope, service) = Scope();
        await using var _ = scope;
        fixture.Sandbox.Control.ResetCounters();
        var bad = new OnboardingRequest
        {
            UserName = "Bad Name!", Path = "no-slashes", ConsoleAccess = true, PasswordChoice = PasswordChoice.Custom, CustomPassword = "weak",
            Groups = ["no-such-group"], CopyGroupsFromUser = "ghost", ManagedPolicyArns = ["arn:aws:iam::aws:policy/ReadOnlyAccess"],
            PermissionsBoundaryArn = "arn:aws:iam::123456789012:policy/Nope", Tags = [new("aws:reserved", "x")],
        };

        var result = await service.StartAsync(bad);

        result.Value.Should().BeNull();
        result.Errors.Keys.Should().Contain([OnboardingFields.UserName, OnboardingFields.Path, OnboardingFields.CustomPassword, OnboardingFields.Groups,
            OnboardingFields.CopyGroupsFromUser, OnboardingFields.ManagedPolicyArns, OnboardingFields.PermissionsBoundaryArn, OnboardingFields.TagKey(0),
            OnboardingFields.Tags]);
        fixture.Sandbox.Control.RequestCounts.Should().NotContainKey("CreateUser");
        fixture.Sandbox.Control.RequestCounts.Keys.Should().NotContain(k => k.StartsWith("Create", StringComparison.Ordinal)
            || k.StartsWith("Add", StringComparison.Ordinal) || k.StartsWith("Attach", StringComparison.Ordinal));
        (await AuditAsync(scope)).Should().Contain(e => e.Record.Action == "Onboarding.Start" && e.Record.Outcome == AuditOutcomes.Invalid
                                                       && e.Record.Target == "Bad Name!");
    }

    [Fact]
    public async Task StartAsync_AuditorRole_RefusedAndTheRefusalIsAudited()
    {
        var (scope, service) = Scope(PortalRole.Auditor);
        await using var _ = scope;
        fixture.Sandbox.Control.ResetCounters();

        var act = () => service.StartAsync(Request("flow.auditor"));

        await act.Should().ThrowAsync<PortalAccessDeniedException>();
        fixture.Sandbox.Control.RequestCounts.Should().NotContainKey("CreateUser");
        (await AuditAsync(scope)).Should().Contain(e => e.Record.Action == "Onboarding.Start" && e.Record.Outcome == AuditOutcomes.Denied
                                                       && e.Record.Target == "flow.auditor" && e.Record.Role == "Auditor");
    }

    private static async Task<List<AuditEntry>> AuditAsync(AsyncServiceScope scope)
    {
        var entries = new List<AuditEntry>();
        await foreach (var e in scope.ServiceProvider.GetRequiredService<IAuditLog>().StreamChainAsync()) entries.Add(e);
        return entries;
    }
}
