using IamPortal.Application.Tests.Fakes;
using IamPortal.Application.Audit;
using IamPortal.Application.Iam;
using IamPortal.Application.Jobs;
using IamPortal.Application.Offboarding;
using IamPortal.Application.Operators;
using Kinds = IamPortal.Application.Offboarding.OffboardingStepKinds;

namespace IamPortal.Application.Tests.Offboarding;

public class OffboardingStepExecutorTests
{
    /// <summary>A step as the planner journals it: the user plus the item, read back by the executor as its typed input.</summary>
    private static StepContext Step(string kind, params (string Key, string Value)[] data)
    {
        var input = data.ToDictionary(d => d.Key, d => d.Value);
        input["UserName"] = OffboardingHarness.User;
        var job = Job.Create(LifecycleJobKinds.Offboarding, OffboardingHarness.User, "t", "op", Sample.Now, JobData.Empty,
            [(kind, kind, JobData.From(input))], FakeAccounts.AccountId);
        return new StepContext(job, job.Steps[0], new JobSecrets());
    }

    public static TheoryData<string, string, string, string> GoneSteps => new()
    {
        { Kinds.DeleteLoginProfile, "DeleteLoginProfileAsync", "", "" },
        { Kinds.DeleteAccessKey, "DeleteAccessKeyAsync", "AccessKeyId", "AKIAGONE" },
        { Kinds.DeactivateAccessKey, "UpdateAccessKeyAsync", "AccessKeyId", "AKIAGONE" },
        { Kinds.DeleteSigningCertificate, "DeleteSigningCertificateAsync", "CertificateId", "CERT" },
        { Kinds.DeleteSshPublicKey, "DeleteSshPublicKeyAsync", "SshPublicKeyId", "APKA" },
        { Kinds.DeleteServiceSpecificCredential, "DeleteServiceSpecificCredentialAsync", "ServiceSpecificCredentialId", "ACCA" },
        { Kinds.DeactivateMfaDevice, "DeactivateMfaDeviceAsync", "SerialNumber", OffboardingHarness.VirtualMfa },
        { Kinds.DeleteVirtualMfaDevice, "DeleteVirtualMfaDeviceAsync", "SerialNumber", OffboardingHarness.VirtualMfa },
        { Kinds.DeleteUserPolicy, "DeleteUserPolicyAsync", "PolicyName", "inline-s3" },
        { Kinds.DetachUserPolicy, "DetachUserPolicyAsync", "PolicyArn", "arn:aws:iam::aws:policy/ReadOnlyAccess" },
        { Kinds.RemoveUserFromGroup, "RemoveUserFromGroupAsync", "GroupName", "admins" },
        { Kinds.DeleteUserPermissionsBoundary, "DeleteUserPermissionsBoundaryAsync", "PolicyArn", OffboardingHarness.Boundary },
        { Kinds.DeleteUser, "DeleteUserAsync", "", "" },
        { Kinds.DeleteQuarantinePolicy, "DeleteUserPolicyAsync", "PolicyName", QuarantinePolicy.PolicyName },
    };

    /// <summary>The typed call behind a step's IAM operation, on a substitute being configured.</summary>
    private static Task Call(IIamClient iam, string method) => method switch
    {
        nameof(IIamClient.DeactivateMfaDeviceAsync) => iam.DeactivateMfaDeviceAsync(default!, default!),
        nameof(IIamClient.DeleteAccessKeyAsync) => iam.DeleteAccessKeyAsync(default!, default!),
        nameof(IIamClient.DeleteLoginProfileAsync) => iam.DeleteLoginProfileAsync(default!),
        nameof(IIamClient.DeleteServiceSpecificCredentialAsync) => iam.DeleteServiceSpecificCredentialAsync(default!, default!),
        nameof(IIamClient.DeleteSigningCertificateAsync) => iam.DeleteSigningCertificateAsync(default!, default!),
        nameof(IIamClient.DeleteSshPublicKeyAsync) => iam.DeleteSshPublicKeyAsync(default!, default!),
        nameof(IIamClient.DeleteUserAsync) => iam.DeleteUserAsync(default!),
        nameof(IIamClient.DeleteUserPermissionsBoundaryAsync) => iam.DeleteUserPermissionsBoundaryAsync(default!),
        nameof(IIamClient.DeleteUserPolicyAsync) => iam.DeleteUserPolicyAsync(default!, default!),
        nameof(IIamClient.DeleteVirtualMfaDeviceAsync) => iam.DeleteVirtualMfaDeviceAsync(default!),
        nameof(IIamClient.DetachUserPolicyAsync) => iam.DetachUserPolicyAsync(default!, default!),
        nameof(IIamClient.RemoveUserFromGroupAsync) => iam.RemoveUserFromGroupAsync(default!, default!),
        nameof(IIamClient.UpdateAccessKeyAsync) => iam.UpdateAccessKeyAsync(default!, default!, default!),
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    [Theory]
    [MemberData(nameof(GoneSteps))]
    public async Task ExecuteAsync_ItemAlreadyGone_CountsAsDone(string kind, string method, string key, string value)
    {
        var h = new OffboardingHarness();
        Call(h.Iam.Configure(), method).ThrowsAsyncForAnyArgs(new NoSuchEntityException("already gone"));
        var step = key.Length == 0 ? Step(kind) : Step(kind, (key, value));

        var run = () => h.Executor.ExecuteAsync(step, CancellationToken.None);

        await run.Should().NotThrowAsync();
        h.Iam.CallsTo(method).Should().Be(1);
        h.AuditOf(Kinds.AuditActionOf(kind)).Should().ContainSingle().Which.Record.Outcome.Should().Be(IamErrorCodes.NoSuchEntity);
    }

    [Fact]
    public async Task ExecuteAsync_OtherIamError_Throws()
    {
        var h = new OffboardingHarness();
        h.Iam.Configure().DetachUserPolicyAsync(default!, default!).ThrowsAsyncForAnyArgs(new IamException(IamErrorCodes.ServiceFailure, "boom"));

        var run = () => h.Executor.ExecuteAsync(Step(Kinds.DetachUserPolicy, ("PolicyArn", "arn:aws:iam::aws:policy/X")), CancellationToken.None);

        (await run.Should().ThrowAsync<IamException>()).Which.Code.Should().Be(IamErrorCodes.ServiceFailure);
    }

    [Fact]
    public async Task ExecuteAsync_ConfirmUserGone_UserStillExists_Fails()
    {
        var h = new OffboardingHarness();

        var run = () => h.Executor.ExecuteAsync(Step(Kinds.ConfirmUserGone), CancellationToken.None);

        await run.Should().ThrowAsync<IamException>();
        h.AuditOf("Offboarding.ConfirmUserGone").Single().Record.Outcome.Should().Be(IamErrorCodes.DeleteConflict);
    }

    [Fact]
    public async Task ExecuteAsync_ConfirmUserGone_NoSuchEntity_SucceedsAndIsAudited()
    {
        var h = new OffboardingHarness();
        h.UserIsGone();

        await h.Executor.ExecuteAsync(Step(Kinds.ConfirmUserGone), CancellationToken.None);

        h.AuditOf("Offboarding.ConfirmUserGone").Single().Record.Outcome.Should().Be(AuditOutcomes.Success);
    }

    [Fact]
    public async Task ExecuteAsync_Auditor_RefusedAuditedAndIamUntouched()
    {
        var h = new OffboardingHarness(PortalRole.Auditor);

        var run = () => h.Executor.ExecuteAsync(Step(Kinds.DeleteUser), CancellationToken.None);

        await run.Should().ThrowAsync<PortalAccessDeniedException>();
        _ = h.Iam.DidNotReceiveWithAnyArgs().DeleteUserAsync(default!);
        h.AuditOf("Users.Delete").Single().Record.Outcome.Should().Be(AuditOutcomes.Denied);
    }
}
