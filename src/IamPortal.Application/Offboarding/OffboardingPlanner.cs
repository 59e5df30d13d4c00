using IamPortal.Application.Iam;
using IamPortal.Application.Operators;
using IamPortal.Application.Users;
using Kinds = IamPortal.Application.Offboarding.OffboardingStepKinds;

namespace IamPortal.Application.Offboarding;

/// <summary>
/// Reads a user's login profile, credentials, MFA devices, policies, groups and boundary live (reads only). A part IAM
/// refuses to read becomes a <see cref="Kinds.ReadWarning"/> step where its deletions would be; everything else is
/// still planned, and DeleteUser says what is still attached if the unread part was not empty.
/// </summary>
public sealed class OffboardingPlanner(
    IIamUsersApi iamUsers, IIamCredentialsApi iamCredentials, IIamMfaApi iamMfa, IIamGroupsApi iamGroups, IIamPoliciesApi iamPolicies, IOperatorContext operatorContext, TimeProvider time) : IOffboardingPlanner
{
    public async Task<OffboardingPlan> PlanAsync(string userName, CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("plan an offboarding");
        var user = await iamUsers.GetUserAsync(userName, ct);
        var name = user.UserName;
        var loginProfile = SectionRead.CaptureAsync(() => iamCredentials.GetLoginProfileAsync(name, ct));
        var keys = SectionRead.CaptureAsync(() => iamCredentials.ListAccessKeysAsync(name, ct));
        var certificates = SectionRead.CaptureAsync(() => iamCredentials.ListSigningCertificatesAsync(name, ct));
        var sshKeys = SectionRead.CaptureAsync(() => iamCredentials.ListSshPublicKeysAsync(name, ct));
        var serviceCredentials = SectionRead.CaptureAsync(() => iamCredentials.ListServiceSpecificCredentialsAsync(name, ct));
        var mfaDevices = SectionRead.CaptureAsync(() => iamMfa.ListMfaDevicesAsync(name, ct));
        var inlinePolicies = SectionRead.CaptureAsync(() => iamPolicies.ListUserPoliciesAsync(name, ct));
        var attachedPolicies = SectionRead.CaptureAsync(() => iamPolicies.ListAttachedUserPoliciesAsync(name, ct));
        var groups = SectionRead.CaptureAsync(() => iamGroups.ListGroupsForUserAsync(name, ct));
        await Task.WhenAll(loginProfile, keys, certificates, sshKeys, serviceCredentials, mfaDevices, inlinePolicies, attachedPolicies, groups);

        var plan = new PlanSteps(name, "DeleteUser will say if something is still attached.");
        plan.Each("1. Console password", "console password (login profile)", "Delete it by hand if there is one",
            AsList(await loginProfile),
            _ => plan.Add(Kinds.DeleteLoginProfile, "Delete the console password (login profile)", new UserInput(name)));
        plan.Each("2. Access keys", "access keys", "Delete them by hand if there are any", await keys,
            key => plan.Add(Kinds.DeleteAccessKey, $"Delete access key {key.AccessKeyId} ({key.Status})", new AccessKeyInput(name, key.AccessKeyId)));
        plan.Each("3. Signing certificates", "signing certificates", "Delete them by hand if there are any", await certificates,
            cert => plan.Add(Kinds.DeleteSigningCertificate, $"Delete signing certificate {cert.CertificateId}", new SigningCertificateInput(name, cert.CertificateId)));
        plan.Each("4. SSH public keys", "SSH public keys", "Delete them by hand if there are any", await sshKeys,
            ssh => plan.Add(Kinds.DeleteSshPublicKey, $"Delete SSH public key {ssh.SshPublicKeyId}", new SshPublicKeyInput(name, ssh.SshPublicKeyId)));
        plan.Each("5. Service-specific credentials", "service-specific credentials", "Delete them by hand if there are any", await serviceCredentials,
            credential => plan.Add(Kinds.DeleteServiceSpecificCredential,
                $"Delete service-specific credential {credential.ServiceSpecificCredentialId} ({credential.ServiceName})",
                new ServiceSpecificCredentialInput(name, credential.ServiceSpecificCredentialId)));
        plan.Each("6. MFA devices", "MFA devices", "Deactivate them (and delete virtual ones) by hand if there are any", await mfaDevices, device =>
        {
            plan.Add(Kinds.DeactivateMfaDevice, $"Deactivate MFA device {device.SerialNumber}", new MfaDeviceInput(name, device.SerialNumber));
            if (IsVirtual(device.SerialNumber))
                plan.Add(Kinds.DeleteVirtualMfaDevice, $"Delete virtual MFA device {device.SerialNumber}", new MfaDeviceInput(name, device.SerialNumber));
        });
        plan.Each("7. Inline policies", "inline policies", "Delete them by hand if there are any", await inlinePolicies,
            policy => plan.Add(Kinds.DeleteUserPolicy, $"Delete inline policy {policy}", new InlinePolicyInput(name, policy)));
        plan.Each("8. Managed policies", "attached managed policies", "Detach them by hand if there are any", await attachedPolicies,
            policy => plan.Add(Kinds.DetachUserPolicy, $"Detach managed policy {policy.PolicyName}", new ManagedPolicyInput(name, policy.PolicyArn)));
        plan.Each("9. Groups", "groups", "Remove the user from them by hand if it is in any", await groups,
            group => plan.Add(Kinds.RemoveUserFromGroup, $"Remove from group {group.GroupName}", new GroupInput(name, group.GroupName)));
        plan.Stage = "10. Permissions boundary";
        if (user.PermissionsBoundaryArn is { Length: > 0 } boundary)
            plan.Add(Kinds.DeleteUserPermissionsBoundary, $"Remove permissions boundary {PolicyNameOf(boundary)}", new ManagedPolicyInput(name, boundary));
        plan.Stage = "11. User";
        plan.Add(Kinds.DeleteUser, $"Delete user {name}", new UserInput(name));
        plan.Stage = "Verification";
        plan.Add(Kinds.ConfirmUserGone, $"Confirm {name} is gone (GetUser answers NoSuchEntity)", new UserInput(name));
        return new OffboardingPlan(name, user.Arn, plan.Steps);
    }

    public async Task<IReadOnlyList<OffboardingPlanStep>> PlanQuarantineAsync(string userName, string operatorName, string reason, CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("plan a quarantine");
        var keys = SectionRead.CaptureAsync(() => iamCredentials.ListAccessKeysAsync(userName, ct));
        var loginProfile = SectionRead.CaptureAsync(() => iamCredentials.GetLoginProfileAsync(userName, ct));
        await Task.WhenAll(keys, loginProfile);
        var plan = new PlanSteps(userName, "the deny-all policy still denies every action.");
        plan.Each("Quarantine", "access keys", "Deactivate the active ones by hand if there are any",
            (await keys).Map<IReadOnlyList<IamAccessKey>>(k => [.. k.Where(key => key.Status == IamAccessKeyStatus.Active)]),
            key => plan.Add(Kinds.DeactivateAccessKey, $"Deactivate access key {key.AccessKeyId}", new AccessKeyInput(userName, key.AccessKeyId)));
        plan.Each("Quarantine", "console password (login profile)", "Delete it by hand if there is one", AsList(await loginProfile),
            _ => plan.Add(Kinds.DeleteLoginProfile, "Delete the console password (cannot be restored; a release needs a new password)", new UserInput(userName)));
        plan.Add(Kinds.PutQuarantinePolicy, $"Attach the deny-all inline policy {QuarantinePolicy.PolicyName}", new InlinePolicyInput(userName, QuarantinePolicy.PolicyName));
        var tags = QuarantinePolicy.Tags(operatorName, time.GetUtcNow(), reason);
        plan.Add(Kinds.TagQuarantine, $"Tag who, when and why ({string.Join(", ", tags.Select(t => t.Key))})", new QuarantineTagsInput(userName, tags));
        return plan.Steps;
    }

    /// <summary>Virtual devices are named by an ARN (arn:aws:iam::123456789012:mfa/name); hardware tokens by a serial number.</summary>
    public static bool IsVirtual(string serialNumber) => serialNumber.StartsWith("arn:", StringComparison.Ordinal);

    /// <summary>A login profile read as a list of none or one, so it is planned like the other parts.</summary>
    private static SectionRead<IReadOnlyList<IamLoginProfile>> AsList(SectionRead<IamLoginProfile?> read) =>
        read.Map<IReadOnlyList<IamLoginProfile>>(p => p is null ? [] : [p]);

    private static string PolicyNameOf(string arn) => arn[(arn.LastIndexOf('/') + 1)..];
}
