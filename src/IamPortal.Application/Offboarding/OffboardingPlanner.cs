using IamPortal.Application.Iam;
using IamPortal.Application.Operators;
using IamPortal.Application.Users;
using Kinds = IamPortal.Application.Offboarding.OffboardingStepKinds;

namespace IamPortal.Application.Offboarding;

/// <summary>Reads a user's login profile, credentials, MFA devices, policies, groups and boundary live (reads only).</summary>
public sealed class OffboardingPlanner(
    IIamUsersApi iamUsers, IIamCredentialsApi iamCredentials, IIamMfaApi iamMfa, IIamGroupsApi iamGroups, IIamPoliciesApi iamPolicies, IOperatorContext operatorContext, TimeProvider time) : IOffboardingPlanner
{
    public async Task<OffboardingPlan> PlanAsync(string userName, CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("plan an offboarding");
        var user = await iamUsers.GetUserAsync(userName, ct);
        var name = user.UserName;
        var loginProfile = iamCredentials.GetLoginProfileAsync(name, ct);
        var keys = iamCredentials.ListAccessKeysAsync(name, ct);
        var certificates = iamCredentials.ListSigningCertificatesAsync(name, ct);
        var sshKeys = iamCredentials.ListSshPublicKeysAsync(name, ct);
        var serviceCredentials = iamCredentials.ListServiceSpecificCredentialsAsync(name, ct);
        var mfaDevices = iamMfa.ListMfaDevicesAsync(name, ct);
        var inlinePolicies = iamPolicies.ListUserPoliciesAsync(name, ct);
        var attachedPolicies = iamPolicies.ListAttachedUserPoliciesAsync(name, ct);
        var groups = iamGroups.ListGroupsForUserAsync(name, ct);
        await Task.WhenAll(loginProfile, keys, certificates, sshKeys, serviceCredentials, mfaDevices, inlinePolicies, attachedPolicies, groups);

        var steps = new List<OffboardingPlanStep>();
        void Add<T>(string stage, string kind, string description, T input) where T : IUserStepInput =>
            steps.Add(OffboardingPlanStep.Of(stage, kind, description, input));

        if (await loginProfile is not null)
            Add("1. Console password", Kinds.DeleteLoginProfile, "Delete the console password (login profile)", new UserInput(name));
        foreach (var key in await keys)
            Add("2. Access keys", Kinds.DeleteAccessKey, $"Delete access key {key.AccessKeyId} ({key.Status})", new AccessKeyInput(name, key.AccessKeyId));
        foreach (var cert in await certificates)
            Add("3. Signing certificates", Kinds.DeleteSigningCertificate, $"Delete signing certificate {cert.CertificateId}", new SigningCertificateInput(name, cert.CertificateId));
        foreach (var ssh in await sshKeys)
            Add("4. SSH public keys", Kinds.DeleteSshPublicKey, $"Delete SSH public key {ssh.SshPublicKeyId}", new SshPublicKeyInput(name, ssh.SshPublicKeyId));
        foreach (var credential in await serviceCredentials)
            Add("5. Service-specific credentials", Kinds.DeleteServiceSpecificCredential,
                $"Delete service-specific credential {credential.ServiceSpecificCredentialId} ({credential.ServiceName})",
                new ServiceSpecificCredentialInput(name, credential.ServiceSpecificCredentialId));
        foreach (var device in await mfaDevices)
        {
            Add("6. MFA devices", Kinds.DeactivateMfaDevice, $"Deactivate MFA device {device.SerialNumber}", new MfaDeviceInput(name, device.SerialNumber));
            if (IsVirtual(device.SerialNumber))
                Add("6. MFA devices", Kinds.DeleteVirtualMfaDevice, $"Delete virtual MFA device {device.SerialNumber}", new MfaDeviceInput(name, device.SerialNumber));
        }
        foreach (var policy in await inlinePolicies)
            Add("7. Inline policies", Kinds.DeleteUserPolicy, $"Delete inline policy {policy}", new InlinePolicyInput(name, policy));
        foreach (var policy in await attachedPolicies)
            Add("8. Managed policies", Kinds.DetachUserPolicy, $"Detach managed policy {policy.PolicyName}", new ManagedPolicyInput(name, policy.PolicyArn));
        foreach (var group in await groups)
            Add("9. Groups", Kinds.RemoveUserFromGroup, $"Remove from group {group.GroupName}", new GroupInput(name, group.GroupName));
        if (user.PermissionsBoundaryArn is { Length: > 0 } boundary)
            Add("10. Permissions boundary", Kinds.DeleteUserPermissionsBoundary, $"Remove permissions boundary {PolicyNameOf(boundary)}", new ManagedPolicyInput(name, boundary));
        Add("11. User", Kinds.DeleteUser, $"Delete user {name}", new UserInput(name));
        Add("Verification", Kinds.ConfirmUserGone, $"Confirm {name} is gone (GetUser answers NoSuchEntity)", new UserInput(name));
        return new OffboardingPlan(name, user.Arn, steps);
    }

    public async Task<IReadOnlyList<OffboardingPlanStep>> PlanQuarantineAsync(string userName, string operatorName, string reason, CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("plan a quarantine");
        var keys = iamCredentials.ListAccessKeysAsync(userName, ct);
        var loginProfile = iamCredentials.GetLoginProfileAsync(userName, ct);
        await Task.WhenAll(keys, loginProfile);
        var steps = new List<OffboardingPlanStep>();
        foreach (var key in (await keys).Where(k => k.Status == IamAccessKeyStatus.Active))
            steps.Add(OffboardingPlanStep.Of("Quarantine", Kinds.DeactivateAccessKey, $"Deactivate access key {key.AccessKeyId}", new AccessKeyInput(userName, key.AccessKeyId)));
        if (await loginProfile is not null)
            steps.Add(OffboardingPlanStep.Of("Quarantine", Kinds.DeleteLoginProfile, "Delete the console password (cannot be restored; a release needs a new password)",
                new UserInput(userName)));
        steps.Add(OffboardingPlanStep.Of("Quarantine", Kinds.PutQuarantinePolicy, $"Attach the deny-all inline policy {QuarantinePolicy.PolicyName}",
            new InlinePolicyInput(userName, QuarantinePolicy.PolicyName)));
        var tags = QuarantinePolicy.Tags(operatorName, time.GetUtcNow(), reason);
        steps.Add(OffboardingPlanStep.Of("Quarantine", Kinds.TagQuarantine, $"Tag who, when and why ({string.Join(", ", tags.Select(t => t.Key))})",
            new QuarantineTagsInput(userName, tags)));
        return steps;
    }

    /// <summary>Virtual devices are named by an ARN (arn:aws:iam::123456789012:mfa/name); hardware tokens by a serial number.</summary>
    public static bool IsVirtual(string serialNumber) => serialNumber.StartsWith("arn:", StringComparison.Ordinal);

    private static string PolicyNameOf(string arn) => arn[(arn.LastIndexOf('/') + 1)..];
}
