using IamPortal.Application.Audit;
using IamPortal.Application.Credentials;
using IamPortal.Application.Iam;
using IamPortal.Application.Jobs;
using IamPortal.Application.Operators;
using IamPortal.Infrastructure;
using IamPortal.Infrastructure.Aws;
using IamPortal.Sandbox;
using IamPortal.Web.Tests.Features.Onboarding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace IamPortal.Web.Tests.Features.Credentials;

/// <summary>
/// Credentials, MFA and tags over real HTTP against the Sandbox (the real IAM client, SQLite journal and audit log),
/// end states confirmed with the AWS CLI. Reuses the onboarding flow fixture: same wiring, one Sandbox per class.
/// </summary>
public sealed class CredentialsFlowTests(OnboardingFlowFixture fixture) : IClassFixture<OnboardingFlowFixture>
{
    private AsyncServiceScope Scope(PortalRole role = PortalRole.SecurityAdmin)
    {
        var scope = fixture.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TestOperator>().Role = role;
        return scope;
    }

    private static T Get<T>(AsyncServiceScope scope) where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    private async Task<string> NewUserAsync(string name, params IamTag[] tags)
    {
        await using var scope = Scope();
        await Get<IIamClient>(scope).CreateUserAsync(name, tags: tags);
        return name;
    }

    private async Task<IReadOnlyList<string>> AuditedActionsAsync(string user, string? outcome = null)
    {
        await using var scope = Scope();
        var page = await Get<IAuditLog>(scope).QueryAsync(new AuditQuery { Target = user, Outcome = outcome, PageSize = 500 });
        return page.Items.Where(e => e.Record.Target == user).OrderBy(e => e.Sequence).Select(e => e.Record.Action).ToList();
    }

    [SkippableFact]
    public async Task ConsoleAccess_EnableResetDisable_AwsCliConfirmsEachState()
    {
        var user = await NewUserAsync("cred.console");
        await using var scope = Scope();
        var console = Get<IConsoleAccessService>(scope);

        var enabled = await console.EnableAsync(new ConsolePasswordRequest(user, null, MustChange: true));
        enabled.Succeeded.Should().BeTrue(enabled.Error);
        (await fixture.Cli.RunAsync("iam", "get-login-profile", "--user-name", user)).Json
            .GetProperty("LoginProfile").GetProperty("PasswordResetRequired").GetBoolean().Should().BeTrue();

        var weak = await console.ResetAsync(new ConsolePasswordRequest(user, "weak", MustChange: false));
        weak.Errors.Should().ContainKey(CredentialFields.Password);
        var reset = await console.ResetAsync(new ConsolePasswordRequest(user, "Another-Strong-Pass-42", MustChange: false));
        reset.Succeeded.Should().BeTrue(reset.Error);
        (await fixture.Cli.RunAsync("iam", "get-login-profile", "--user-name", user)).Json
            .GetProperty("LoginProfile").GetProperty("PasswordResetRequired").GetBoolean().Should().BeFalse();

        (await console.DisableAsync(user)).Succeeded.Should().BeTrue();
        var gone = await fixture.Cli.RunAsync("iam", "get-login-profile", "--user-name", user);
        gone.ExitCode.Should().NotBe(0);
        gone.Stderr.Should().Contain("NoSuchEntity");

        (await AuditedActionsAsync(user, AuditOutcomes.Success)).Should().Equal("ConsoleAccess.Enable", "ConsoleAccess.Reset", "ConsoleAccess.Disable");
        (await AuditedActionsAsync(user, AuditOutcomes.Invalid)).Should().Equal("ConsoleAccess.Reset");
    }

    [SkippableFact]
    public async Task AccessKeys_CreateDeactivateDeleteAndThirdRefused_AwsCliConfirms()
    {
        var user = await NewUserAsync("cred.keys");
        await using var scope = Scope();
        var keys = Get<IAccessKeyService>(scope);

        var first = await keys.CreateAsync(user);
        var second = await keys.CreateAsync(user);
        first.Value!.SecretAccessKey.Should().NotBeNullOrEmpty();
        second.Succeeded.Should().BeTrue(second.Error);
        var third = await keys.CreateAsync(user);
        third.Errors[CredentialFields.AccessKeys].Should().Contain("already has 2 access keys");

        (await keys.SetStatusAsync(user, first.Value.AccessKeyId, IamAccessKeyStatus.Inactive)).Succeeded.Should().BeTrue();
        var listed = (await fixture.Cli.RunAsync("iam", "list-access-keys", "--user-name", user)).Json.GetProperty("AccessKeyMetadata")
            .EnumerateArray().ToDictionary(k => k.GetProperty("AccessKeyId").GetString()!, k => k.GetProperty("Status").GetString());
        listed.Should().HaveCount(2).And.Contain(first.Value.AccessKeyId, "Inactive");

        (await keys.DeleteAsync(user, first.Value.AccessKeyId)).Succeeded.Should().BeTrue();
        (await fixture.Cli.RunAsync("iam", "list-access-keys", "--user-name", user)).Json.GetProperty("AccessKeyMetadata")
            .EnumerateArray().Select(k => k.GetProperty("AccessKeyId").GetString()).Should().Equal(second.Value!.AccessKeyId);

        (await AuditedActionsAsync(user)).Should().Equal("AccessKeys.Create", "AccessKeys.Create", "AccessKeys.Create", "AccessKeys.Deactivate", "AccessKeys.Delete");
        (await AuditedActionsAsync(user, AuditOutcomes.Invalid)).Should().Equal("AccessKeys.Create");
    }

    [SkippableFact]
    public async Task KeyRotation_NewKeyUsedInBetween_RotatesAndEveryStepIsAudited()
    {
        var user = await NewUserAsync("cred.rotate");
        await using var scope = Scope();
        var old = (await Get<IAccessKeyService>(scope).CreateAsync(user)).Value!;
        var rotation = Get<IKeyRotationService>(scope);

        var started = await rotation.StartAsync(user);
        started.Succeeded.Should().BeTrue(started.Error);
        var newKey = started.Value!.NewKey!;
        var job = started.Value.Job;
        KeyRotationSteps.Current(job)!.Kind.Should().Be(KeyRotationSteps.WaitForFirstUse);
        (await rotation.CheckAsync(job.Id)).Value!.Job.Steps[1].Status.Should().Be(StepStatus.Waiting, "the new key has not been used: the rotation waits, it has not failed");

        // The new key signs a real request (GetUser as the caller), so IAM records its first use.
        await SignWithAsync(newKey, user);

        var used = await rotation.CheckAsync(job.Id);
        KeyRotationSteps.Current(used.Value!.Job)!.Kind.Should().Be(KeyRotationSteps.DeactivateOldKey);
        var deactivated = await rotation.ContinueAsync(job.Id);
        KeyRotationSteps.Current(deactivated.Value!.Job)!.Kind.Should().Be(KeyRotationSteps.DeleteOldKey);
        var status = (await fixture.Cli.RunAsync("iam", "list-access-keys", "--user-name", user)).Json.GetProperty("AccessKeyMetadata")
            .EnumerateArray().ToDictionary(k => k.GetProperty("AccessKeyId").GetString()!, k => k.GetProperty("Status").GetString());
        status[old.AccessKeyId].Should().Be("Inactive");

        // A new session (another day): the journal in the database carries the rotation on.
        await using var later = Scope();
        var finished = await Get<IKeyRotationService>(later).ContinueAsync(job.Id);
        finished.Value!.Job.Status.Should().Be(JobStatus.Succeeded);
        (await fixture.Cli.RunAsync("iam", "list-access-keys", "--user-name", user)).Json.GetProperty("AccessKeyMetadata")
            .EnumerateArray().Select(k => k.GetProperty("AccessKeyId").GetString()).Should().Equal(newKey.AccessKeyId);

        (await AuditedActionsAsync(user, AuditOutcomes.Success)).Should().ContainInOrder(
            "AccessKeys.Create", "KeyRotation.FirstUseSeen", "AccessKeys.Deactivate", "AccessKeys.Delete");
        var stored = System.Text.Json.JsonSerializer.Serialize(await Get<IJobStore>(later).GetAsync(job.Id));
        stored.Should().NotContain(newKey.SecretAccessKey);
    }

    [SkippableFact]
    public async Task Mfa_EnrolWithTotpCodes_AwsCliListsTheDevice()
    {
        var user = await NewUserAsync("cred.mfa");
        await using var scope = Scope();
        var mfa = Get<IMfaService>(scope);

        var enrolment = (await mfa.BeginVirtualEnrolmentAsync(user)).Value!;
        enrolment.OtpAuthUri.Should().StartWith("otpauth://totp/").And.Contain($":{user}?secret={enrolment.Base32Seed}");
        var (code1, code2) = Codes(enrolment.Base32Seed);
        var done = await mfa.CompleteVirtualEnrolmentAsync(user, enrolment.SerialNumber, code1, code2);

        done.Succeeded.Should().BeTrue(done.Error);
        (await fixture.Cli.RunAsync("iam", "list-mfa-devices", "--user-name", user)).Json.GetProperty("MFADevices")
            .EnumerateArray().Select(d => d.GetProperty("SerialNumber").GetString()).Should().Equal(enrolment.SerialNumber);
        (await AuditedActionsAsync(user, AuditOutcomes.Success)).Should().Equal("Mfa.CreateVirtualDevice", "Mfa.Enable");

        (await mfa.DeactivateAsync(user, enrolment.SerialNumber)).Succeeded.Should().BeTrue();
        (await fixture.Cli.RunAsync("iam", "list-mfa-devices", "--user-name", user)).Json.GetProperty("MFADevices").GetArrayLength().Should().Be(0);
        (await UnassignedDevicesAsync()).Should().NotContain(enrolment.SerialNumber, "a deactivated virtual device is deleted");
    }

    [SkippableFact]
    public async Task Mfa_WrongCodes_RefusedAndNoOrphanDeviceLeft()
    {
        var user = await NewUserAsync("cred.mfa.wrong");
        await using var scope = Scope();
        var mfa = Get<IMfaService>(scope);

        var enrolment = (await mfa.BeginVirtualEnrolmentAsync(user)).Value!;
        var malformed = await mfa.CompleteVirtualEnrolmentAsync(user, enrolment.SerialNumber, "12ab56", "");
        malformed.Errors.Keys.Should().BeEquivalentTo(CredentialFields.Code1, CredentialFields.Code2);
        var (code1, code2) = Codes(enrolment.Base32Seed);
        var wrong = await mfa.CompleteVirtualEnrolmentAsync(user, enrolment.SerialNumber, code2, code1);

        wrong.Error.Should().Contain("not accepted");
        (await fixture.Cli.RunAsync("iam", "list-mfa-devices", "--user-name", user)).Json.GetProperty("MFADevices").GetArrayLength().Should().Be(0);
        (await UnassignedDevicesAsync()).Should().NotContain(enrolment.SerialNumber);
    }

    [SkippableFact]
    public async Task Tags_AddEditRemoveAndBadTagsRefused_NothingChangedByBadInput()
    {
        var user = await NewUserAsync("cred.tags", new IamTag("Department", "Eng"), new IamTag("Owner", "a@example.com"));
        await using var scope = Scope();
        var tags = Get<IUserTagsService>(scope);

        (await tags.SetAsync(user, "Project", "Apollo")).Succeeded.Should().BeTrue();
        (await tags.SetAsync(user, "Project", "Artemis", originalKey: "Project")).Succeeded.Should().BeTrue();
        (await tags.SetAsync(user, "aws:reserved", "x")).Errors.Should().ContainKey(CredentialFields.TagKey);
        (await tags.SetAsync(user, "Cost", "semi;colon")).Errors.Should().ContainKey(CredentialFields.TagValue);
        (await tags.RemoveAsync(user, "Owner")).Errors[CredentialFields.TagKey].Should().Contain("required");
        (await tags.RemoveAsync(user, "Department")).Errors.Should().ContainKey(CredentialFields.TagKey);
        var beforeRemove = await TagsByCliAsync(user);
        beforeRemove.Should().BeEquivalentTo(new Dictionary<string, string> { ["Department"] = "Eng", ["Owner"] = "a@example.com", ["Project"] = "Artemis" });

        (await tags.RemoveAsync(user, "Project")).Succeeded.Should().BeTrue();
        (await TagsByCliAsync(user)).Keys.Should().BeEquivalentTo("Department", "Owner");
        (await AuditedActionsAsync(user, AuditOutcomes.Success)).Should().Equal("Tags.Add", "Tags.Edit", "Tags.Remove");
        (await AuditedActionsAsync(user, AuditOutcomes.Invalid)).Should().HaveCount(4);
    }

    [SkippableFact]
    public async Task Auditor_AnyCredentialChange_RefusedAndAudited()
    {
        var user = await NewUserAsync("cred.auditor");
        await using var scope = Scope(PortalRole.Auditor);

        var key = await Get<IAccessKeyService>(scope).CreateAsync(user);
        var console = await Get<IConsoleAccessService>(scope).EnableAsync(new ConsolePasswordRequest(user, null, true));
        var mfa = await Get<IMfaService>(scope).BeginVirtualEnrolmentAsync(user);

        key.Error.Should().Contain("does not allow");
        console.Error.Should().Contain("does not allow");
        mfa.Succeeded.Should().BeFalse();
        (await fixture.Cli.RunAsync("iam", "list-access-keys", "--user-name", user)).Json.GetProperty("AccessKeyMetadata").GetArrayLength().Should().Be(0);
        (await AuditedActionsAsync(user, AuditOutcomes.Denied)).Should().Equal("AccessKeys.Create", "ConsoleAccess.Enable", "Mfa.CreateVirtualDevice");
    }

    /// <summary>Two codes for consecutive 30-second windows, as an authenticator app shows them.</summary>
    private static (string, string) Codes(string seed)
    {
        var totp = new Totp(Base32Encoding.ToBytes(seed));
        var now = DateTime.UtcNow;
        return (totp.ComputeTotp(now), totp.ComputeTotp(now.AddSeconds(30)));
    }

    private async Task<IReadOnlyList<string>> UnassignedDevicesAsync() =>
        (await fixture.Cli.RunAsync("iam", "list-virtual-mfa-devices", "--assignment-status", "Unassigned")).Json.GetProperty("VirtualMFADevices")
            .EnumerateArray().Select(d => d.GetProperty("SerialNumber").GetString()!).ToList();

    private async Task<Dictionary<string, string>> TagsByCliAsync(string user) =>
        (await fixture.Cli.RunAsync("iam", "list-user-tags", "--user-name", user)).Json.GetProperty("Tags").EnumerateArray()
            .ToDictionary(t => t.GetProperty("Key").GetString()!, t => t.GetProperty("Value").GetString()!);

    /// <summary>Calls IAM signed with the given key (the real client, its own connection), as the key's owner would.</summary>
    private async Task SignWithAsync(IamNewAccessKey key, string expectedUser)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Iam:MaxRetries"] = "0" }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddInfrastructure(configuration, new IamConnectionOverride(fixture.Sandbox.BaseUrl, key.AccessKeyId, key.SecretAccessKey));
        await using var provider = services.BuildServiceProvider();
        var me = await provider.GetRequiredService<IIamClient>().GetUserAsync(null);
        me.UserName.Should().Be(expectedUser);
    }
}
