using IamPortal.Application.Users;
using IamPortal.Application.Audit;
using IamPortal.Application.Iam;
using IamPortal.Application.Jobs;
using IamPortal.Application.Offboarding;
using IamPortal.Application.Operators;
using Microsoft.Extensions.DependencyInjection;
using Kinds = IamPortal.Application.Offboarding.OffboardingStepKinds;

namespace IamPortal.Web.Tests.Features.Offboarding;

/// <summary>Quarantine, offboarding, resume and bulk actions over real HTTP against the Sandbox, end states confirmed with the AWS CLI.</summary>
public sealed class OffboardingFlowTests(OffboardingFlowFixture fixture) : IClassFixture<OffboardingFlowFixture>
{
    private async Task<IReadOnlyList<AuditEntry>> AuditOfAsync(string target, IServiceProvider services)
    {
        var page = await services.GetRequiredService<IAuditLog>().QueryAsync(new AuditQuery { Target = target, PageSize = 500 });
        return page.Items.Reverse().ToList();
    }

    [SkippableFact]
    public async Task QuarantineThenRelease_ActiveAndInactiveKeys_RestoresKeysRemovesDenyPolicyAndTags()
    {
        var user = fixture.TakeSeededUser();
        await using var scope = fixture.Scope();
        var iam = scope.ServiceProvider.GetRequiredService<IIamClient>();
        foreach (var key in await iam.ListAccessKeysAsync(user)) await iam.DeleteAccessKeyAsync(user, key.AccessKeyId);
        var active = await iam.CreateAccessKeyAsync(user);
        var inactive = await iam.CreateAccessKeyAsync(user);
        await iam.UpdateAccessKeyAsync(user, inactive.AccessKeyId, IamAccessKeyStatus.Inactive);
        if (await iam.GetLoginProfileAsync(user) is null) await iam.CreateLoginProfileAsync(user, "Quarant!ne-Passw0rd#2026", false);
        var quarantine = scope.ServiceProvider.GetRequiredService<IQuarantineService>();

        var quarantined = await quarantine.QuarantineAsync(user, "Laptop stolen <ticket #42>");

        quarantined.Succeeded.Should().BeTrue(quarantined.Value?.Job.FailedStep?.Error ?? quarantined.Error);
        (await fixture.Cli.RunAsync("iam", "list-access-keys", "--user-name", user)).Json.GetProperty("AccessKeyMetadata").EnumerateArray()
            .Select(k => k.GetProperty("Status").GetString()).Should().OnlyContain(s => s == "Inactive");
        (await fixture.Cli.RunAsync("iam", "get-login-profile", "--user-name", user)).Stderr.Should().Contain("NoSuchEntity");
        var policy = (await fixture.Cli.RunAsync("iam", "get-user-policy", "--user-name", user, "--policy-name", QuarantinePolicy.PolicyName)).Json;
        policy.GetProperty("PolicyDocument").GetProperty("Statement")[0].GetProperty("Effect").GetString().Should().Be("Deny");
        var tags = (await fixture.Cli.RunAsync("iam", "list-user-tags", "--user-name", user)).Json.GetProperty("Tags").EnumerateArray()
            .ToDictionary(t => t.GetProperty("Key").GetString()!, t => t.GetProperty("Value").GetString());
        tags[QuarantinePolicy.ByTag].Should().Be("Flow Tester");
        tags[QuarantinePolicy.ReasonTag].Should().Be("Laptop stolen ticket 42");
        tags.Should().ContainKey(QuarantinePolicy.AtTag);
        (await quarantine.GetStatusAsync(user)).IsQuarantined.Should().BeTrue();

        var released = await quarantine.ReleaseAsync(user);

        released.Succeeded.Should().BeTrue(released.Value?.Job.FailedStep?.Error ?? released.Error);
        released.Value!.Note.Should().Contain("cannot be restored");
        var keys = (await fixture.Cli.RunAsync("iam", "list-access-keys", "--user-name", user)).Json.GetProperty("AccessKeyMetadata").EnumerateArray()
            .ToDictionary(k => k.GetProperty("AccessKeyId").GetString()!, k => k.GetProperty("Status").GetString());
        keys.Should().Equal(new Dictionary<string, string?> { [active.AccessKeyId] = "Active", [inactive.AccessKeyId] = "Inactive" });
        (await fixture.Cli.RunAsync("iam", "list-user-policies", "--user-name", user)).Json.GetProperty("PolicyNames").EnumerateArray()
            .Select(p => p.GetString()).Should().NotContain(QuarantinePolicy.PolicyName);
        (await fixture.Cli.RunAsync("iam", "list-user-tags", "--user-name", user)).Json.GetProperty("Tags").EnumerateArray()
            .Select(t => t.GetProperty("Key").GetString()).Should().NotContain(k => k!.StartsWith("iamportal:"));
        (await quarantine.GetStatusAsync(user)).IsQuarantined.Should().BeFalse();
    }

    [SkippableFact]
    public async Task StartAsync_QuarantineFirstOnUserWithOneOfEverything_UserGoneAndEveryStepAudited()
    {
        var user = fixture.TakeSeededUser();
        await fixture.GiveOneOfEverythingAsync(user);
        await using var scope = fixture.Scope();
        var planner = scope.ServiceProvider.GetRequiredService<IOffboardingPlanner>();
        var plan = await planner.PlanAsync(user);
        plan.Steps.Select(s => s.Kind).Distinct().Should().Equal(Kinds.DeleteLoginProfile, Kinds.DeleteAccessKey, Kinds.DeactivateMfaDevice,
            Kinds.DeleteVirtualMfaDevice, Kinds.DeleteUserPolicy, Kinds.DetachUserPolicy, Kinds.RemoveUserFromGroup,
            Kinds.DeleteUserPermissionsBoundary, Kinds.DeleteUser, Kinds.ConfirmUserGone);
        var serial = plan.Steps.First(s => s.Kind == Kinds.DeleteVirtualMfaDevice).Input.As<MfaDeviceInput>().SerialNumber;

        var result = await scope.ServiceProvider.GetRequiredService<IOffboardingService>().StartAsync(user, quarantineFirst: true, "Contract ended");

        result.Succeeded.Should().BeTrue(result.Value?.Job.FailedStep?.Error ?? result.Error);
        result.Value!.Job.Steps.Should().OnlyContain(s => s.Status == StepStatus.Succeeded);
        await fixture.AssertUserGoneAsync(user);
        (await fixture.Cli.RunAsync("iam", "list-virtual-mfa-devices")).Json.GetProperty("VirtualMFADevices").EnumerateArray()
            .Select(d => d.GetProperty("SerialNumber").GetString()).Should().NotContain(serial);
        var audited = await AuditOfAsync(user, scope.ServiceProvider);
        audited.Where(e => e.Record.Action != "Offboarding.Start").Select(e => e.Record.Action)
            .Should().Equal(result.Value!.Job.Steps.Select(s => Kinds.AuditActionOf(s.Kind)), "every step shows in the audit log, in order");
        audited.Should().OnlyContain(e => e.Record.Outcome == AuditOutcomes.Success && e.Record.OperatorName == "Flow Tester");
    }

    [SkippableFact]
    public async Task ResumeAsync_FaultInjectedAtDetachUserPolicy_StopsWithExactStateThenFinishes()
    {
        var user = fixture.TakeSeededUser();
        await fixture.GiveOneOfEverythingAsync(user);
        await using var scope = fixture.Scope();
        var offboarding = scope.ServiceProvider.GetRequiredService<IOffboardingService>();
        fixture.Sandbox.Control.FailNext("DetachUserPolicy", "ServiceFailure", 1);

        var failed = (await offboarding.StartAsync(user, quarantineFirst: false)).Value!.Job;

        failed.Status.Should().Be(JobStatus.Failed);
        var at = failed.FailedStep!.Index;
        failed.FailedStep.Kind.Should().Be(Kinds.DetachUserPolicy);
        failed.FailedStep.ErrorCode.Should().Be("ServiceFailure");
        failed.FailedStep.Error.Should().Contain("IAM had an internal error");
        failed.Steps.Take(at).Should().OnlyContain(s => s.Status == StepStatus.Succeeded);
        failed.Steps.Skip(at + 1).Should().OnlyContain(s => s.Status == StepStatus.Pending);
        (await fixture.Cli.RunAsync("iam", "get-user", "--user-name", user)).ExitCode.Should().Be(0, "nothing after the failed step ran");
        (await fixture.Cli.RunAsync("iam", "list-access-keys", "--user-name", user)).Json.GetProperty("AccessKeyMetadata").GetArrayLength().Should().Be(0);
        (await fixture.Cli.RunAsync("iam", "list-attached-user-policies", "--user-name", user)).Json.GetProperty("AttachedPolicies")
            .GetArrayLength().Should().Be(1);
        (await fixture.Cli.RunAsync("iam", "list-groups-for-user", "--user-name", user)).Json.GetProperty("Groups").GetArrayLength().Should().BeGreaterThan(0);

        var resumed = await offboarding.ResumeAsync(failed.Id);

        resumed.Succeeded.Should().BeTrue(resumed.Value?.Job.FailedStep?.Error ?? resumed.Error);
        await fixture.AssertUserGoneAsync(user);
        var audited = await AuditOfAsync(user, scope.ServiceProvider);
        audited.Where(e => e.Record.Action == "Policies.Detach").Select(e => e.Record.Outcome).Should().Equal("ServiceFailure", AuditOutcomes.Success);
        audited.Count(e => e.Record.Action == "AccessKeys.Delete").Should().Be(2, "the resume did not repeat finished steps");
    }

    [SkippableFact]
    public async Task ResumeAsync_AfterRestartMidStep_NewServicesOnSameDatabaseFinish()
    {
        var user = fixture.TakeSeededUser();
        await fixture.GiveOneOfEverythingAsync(user);
        Guid jobId;
        await using (var before = fixture.Scope())
        {
            fixture.Sandbox.Control.FailNext("DeleteAccessKey", "ServiceFailure", 1);
            var failed = (await before.ServiceProvider.GetRequiredService<IOffboardingService>().StartAsync(user, quarantineFirst: false)).Value!.Job;
            failed.FailedStep!.Kind.Should().Be(Kinds.DeleteAccessKey);
            jobId = failed.Id;
            // The portal died in the middle of the step: the journal still says Running.
            var store = before.ServiceProvider.GetRequiredService<IJobStore>();
            await store.SaveAsync(failed with
            {
                Status = JobStatus.Running,
                Steps = failed.Steps.Select(s => s.Status == StepStatus.Failed ? s with { Status = StepStatus.Running, Error = null, ErrorCode = null } : s).ToList(),
            });
        }

        await using var restarted = fixture.BuildServices();
        await using var scope = fixture.Scope(provider: restarted);
        var offboarding = scope.ServiceProvider.GetRequiredService<IOffboardingService>();
        var interrupted = await offboarding.GetJobAsync(jobId);
        interrupted!.Status.Should().Be(JobStatus.Running);
        interrupted.CanResume.Should().BeTrue();
        offboarding.IsRunning(jobId).Should().BeFalse("no process runs it any more");
        (await offboarding.ListJobsAsync(user)).Select(j => j.Id).Should().Contain(jobId);

        var resumed = await offboarding.ResumeAsync(jobId);

        resumed.Succeeded.Should().BeTrue(resumed.Value?.Job.FailedStep?.Error ?? resumed.Error);
        resumed.Value!.Job.Id.Should().Be(jobId);
        await fixture.AssertUserGoneAsync(user);
    }

    [SkippableFact]
    public async Task BulkRunAsync_DeactivateKeysOfThreeUsers_ResultPerUserAndAudited()
    {
        var users = new[] { fixture.TakeSeededUser(), fixture.TakeSeededUser(), fixture.TakeSeededUser() };
        await using var scope = fixture.Scope();
        var iam = scope.ServiceProvider.GetRequiredService<IIamClient>();
        foreach (var user in users)
            if (!(await iam.ListAccessKeysAsync(user)).Any(k => k.Status == IamAccessKeyStatus.Active)) await iam.CreateAccessKeyAsync(user);
        var progress = new List<BulkProgress>();

        var results = await scope.ServiceProvider.GetRequiredService<IBulkUserActions>()
            .RunAsync(BulkUserAction.DeactivateKeys, users, progress: new ListProgress(progress)).ContinueWith(t => t.Result.Value!);

        results.Select(r => r.UserName).Should().Equal(users);
        results.Should().OnlyContain(r => r.Succeeded && r.Message.StartsWith("Deactivated"));
        progress.Should().Contain(new BulkProgress(3, 3));
        foreach (var user in users)
        {
            (await fixture.Cli.RunAsync("iam", "list-access-keys", "--user-name", user)).Json.GetProperty("AccessKeyMetadata").EnumerateArray()
                .Select(k => k.GetProperty("Status").GetString()).Should().OnlyContain(s => s == "Inactive");
            (await AuditOfAsync(user, scope.ServiceProvider)).Should().Contain(e => e.Record.Action == "AccessKeys.Deactivate"
                && e.Record.Outcome == AuditOutcomes.Success);
        }
    }

    [SkippableFact]
    public async Task StartAsync_SshKeySigningCertificateAndServiceCredential_EachDeletedThenUserGone()
    {
        var user = fixture.TakeSeededUser();
        (await fixture.Cli.RunAsync("iam", "upload-ssh-public-key", "--user-name", user,
            "--ssh-public-key-body", Sandbox.SampleCredentials.SshRsaPublicKey())).ExitCode.Should().Be(0);
        (await fixture.Cli.RunAsync("iam", "upload-signing-certificate", "--user-name", user,
            "--certificate-body", Sandbox.SampleCredentials.SelfSignedCertificatePem(user))).ExitCode.Should().Be(0);
        (await fixture.Cli.RunAsync("iam", "create-service-specific-credential", "--user-name", user,
            "--service-name", "codecommit.amazonaws.com")).ExitCode.Should().Be(0);
        await using var scope = fixture.Scope();

        var plan = await scope.ServiceProvider.GetRequiredService<IOffboardingPlanner>().PlanAsync(user);
        plan.Steps.Select(s => s.Kind).Should().ContainInOrder(Kinds.DeleteSigningCertificate, Kinds.DeleteSshPublicKey,
            Kinds.DeleteServiceSpecificCredential, Kinds.DeleteUser);
        var result = await scope.ServiceProvider.GetRequiredService<IOffboardingService>().StartAsync(user, quarantineFirst: false, "Left the company");

        result.Succeeded.Should().BeTrue(result.Value?.Job.FailedStep?.Error ?? result.Error);
        await fixture.AssertUserGoneAsync(user);
        (await AuditOfAsync(user, scope.ServiceProvider)).Select(e => e.Record.Action).Should().Contain(
            ["SigningCertificates.Delete", "SshPublicKeys.Delete", "ServiceCredentials.Delete"]);
    }

    [SkippableFact]
    public async Task BulkRunAsync_QuarantineTwoAndOneUnknown_ResultPerUserOthersUnaffected()
    {
        var users = new[] { fixture.TakeSeededUser(), "no.such.user", fixture.TakeSeededUser() };
        await using var scope = fixture.Scope();
        var progress = new List<BulkProgress>();

        var results = await scope.ServiceProvider.GetRequiredService<IBulkUserActions>()
            .RunAsync(BulkUserAction.Quarantine, users, "Incident 4711", new ListProgress(progress)).ContinueWith(t => t.Result.Value!);

        results.Select(r => r.UserName).Should().Equal(users);
        results.Where(r => r.UserName != "no.such.user").Should().OnlyContain(r => r.Succeeded);
        results.Single(r => r.UserName == "no.such.user").Should().Match<BulkUserResult>(r => !r.Succeeded && r.Message.Contains("no.such.user"));
        progress.Should().Contain(new BulkProgress(3, 3));
        foreach (var user in users.Where(u => u != "no.such.user"))
        {
            (await fixture.Cli.RunAsync("iam", "list-user-policies", "--user-name", user)).Json.GetProperty("PolicyNames")
                .EnumerateArray().Select(p => p.GetString()).Should().Contain("IamPortalQuarantineDenyAll");
            (await fixture.Cli.RunAsync("iam", "list-access-keys", "--user-name", user)).Json.GetProperty("AccessKeyMetadata")
                .EnumerateArray().Select(k => k.GetProperty("Status").GetString()).Should().OnlyContain(s => s == "Inactive");
            (await fixture.Cli.RunAsync("iam", "get-login-profile", "--user-name", user)).ExitCode.Should().NotBe(0, "console access is removed");
        }
    }

    [SkippableFact]
    public async Task BulkRunAsync_OffboardTwoUsers_BothGoneEachWithItsJob()
    {
        var users = new[] { fixture.TakeSeededUser(), fixture.TakeSeededUser() };
        await fixture.GiveOneOfEverythingAsync(users[0]);
        await using var scope = fixture.Scope();

        var results = (await scope.ServiceProvider.GetRequiredService<IBulkUserActions>().RunAsync(BulkUserAction.Offboard, users, "Reorganisation")).Value!;

        results.Should().OnlyContain(r => r.Succeeded && r.JobId != null, string.Join("; ", results.Select(r => r.Message)));
        results.Select(r => r.JobId).Distinct().Should().HaveCount(2);
        foreach (var user in users) await fixture.AssertUserGoneAsync(user);
    }

    [SkippableFact]
    public async Task StartAsync_Auditor_RefusedAuditedAndUserUntouched()
    {
        var user = fixture.TakeSeededUser();
        await using var scope = fixture.Scope(PortalRole.Auditor);

        var start = () => scope.ServiceProvider.GetRequiredService<IOffboardingService>().StartAsync(user, quarantineFirst: true);

        await start.Should().ThrowAsync<PortalAccessDeniedException>();
        (await AuditOfAsync(user, scope.ServiceProvider)).Should().ContainSingle(e => e.Record.Action == "Offboarding.Start")
            .Which.Record.Outcome.Should().Be(AuditOutcomes.Denied);
        (await fixture.Cli.RunAsync("iam", "get-user", "--user-name", user)).ExitCode.Should().Be(0);
    }

    private sealed class ListProgress(List<BulkProgress> reports) : IProgress<BulkProgress>
    {
        public void Report(BulkProgress value)
        {
            lock (reports) reports.Add(value);
        }
    }
}
