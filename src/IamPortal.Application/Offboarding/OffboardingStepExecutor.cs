using IamPortal.Application.Audit;
using IamPortal.Application.Iam;
using IamPortal.Application.Jobs;
using IamPortal.Application.Operators;
using Kinds = IamPortal.Application.Offboarding.OffboardingStepKinds;

namespace IamPortal.Application.Offboarding;

/// <summary>
/// Runs one offboarding, quarantine or release step against IAM through <see cref="IAuditedOperations"/> (ManageUsers,
/// audited under <see cref="Kinds.AuditActionOf"/>, via "Offboarding"). "Already gone" (NoSuchEntity) counts as done, so a resume after any failure
/// or restart repeats nothing harmful.
/// </summary>
public sealed class OffboardingStepExecutor(
    IIamUsersApi iamUsers, IIamCredentialsApi iamCredentials, IIamMfaApi iamMfa, IIamGroupsApi iamGroups, IIamPoliciesApi iamPolicies, IAuditedOperations audited)
{
    private const string Feature = "Offboarding";

    public Task ExecuteAsync(JobStep step, CancellationToken ct)
    {
        var user = step.Data["UserName"];
        string Item(string key) => step.Data[key];
        return step.Kind switch
        {
            Kinds.DeactivateAccessKey => RunAsync(step, "AccessKeyId", c => iamCredentials.UpdateAccessKeyAsync(user, Item("AccessKeyId"), IamAccessKeyStatus.Inactive, c), ct),
            Kinds.ReactivateAccessKey => RunAsync(step, "AccessKeyId", c => iamCredentials.UpdateAccessKeyAsync(user, Item("AccessKeyId"), IamAccessKeyStatus.Active, c), ct),
            Kinds.PutQuarantinePolicy => RunAsync(step, "PolicyName", c => iamPolicies.PutUserPolicyAsync(user, QuarantinePolicy.PolicyName, QuarantinePolicy.Document, c), ct),
            Kinds.DeleteQuarantinePolicy => RunAsync(step, "PolicyName", c => iamPolicies.DeleteUserPolicyAsync(user, QuarantinePolicy.PolicyName, c), ct),
            Kinds.TagQuarantine => RunAsync(step, null, c => iamUsers.TagUserAsync(user, QuarantineTags(step), c), ct),
            Kinds.UntagQuarantine => RunAsync(step, null, c => iamUsers.UntagUserAsync(user, QuarantinePolicy.TagKeys, c), ct),
            Kinds.DeleteLoginProfile => RunAsync(step, null, c => iamCredentials.DeleteLoginProfileAsync(user, c), ct),
            Kinds.DeleteAccessKey => RunAsync(step, "AccessKeyId", c => iamCredentials.DeleteAccessKeyAsync(user, Item("AccessKeyId"), c), ct),
            Kinds.DeleteSigningCertificate => RunAsync(step, "CertificateId", c => iamCredentials.DeleteSigningCertificateAsync(user, Item("CertificateId"), c), ct),
            Kinds.DeleteSshPublicKey => RunAsync(step, "SshPublicKeyId", c => iamCredentials.DeleteSshPublicKeyAsync(user, Item("SshPublicKeyId"), c), ct),
            Kinds.DeleteServiceSpecificCredential => RunAsync(step, "ServiceSpecificCredentialId",
                c => iamCredentials.DeleteServiceSpecificCredentialAsync(user, Item("ServiceSpecificCredentialId"), c), ct),
            Kinds.DeactivateMfaDevice => RunAsync(step, "SerialNumber", c => iamMfa.DeactivateMfaDeviceAsync(user, Item("SerialNumber"), c), ct),
            Kinds.DeleteVirtualMfaDevice => RunAsync(step, "SerialNumber", c => iamMfa.DeleteVirtualMfaDeviceAsync(Item("SerialNumber"), c), ct),
            Kinds.DeleteUserPolicy => RunAsync(step, "PolicyName", c => iamPolicies.DeleteUserPolicyAsync(user, Item("PolicyName"), c), ct),
            Kinds.DetachUserPolicy => RunAsync(step, "PolicyArn", c => iamPolicies.DetachUserPolicyAsync(user, Item("PolicyArn"), c), ct),
            Kinds.RemoveUserFromGroup => RunAsync(step, "GroupName", c => iamGroups.RemoveUserFromGroupAsync(Item("GroupName"), user, c), ct),
            Kinds.DeleteUserPermissionsBoundary => RunAsync(step, "PolicyArn", c => iamUsers.DeleteUserPermissionsBoundaryAsync(user, c), ct),
            Kinds.DeleteUser => RunAsync(step, null, c => iamUsers.DeleteUserAsync(user, c), ct),
            Kinds.ConfirmUserGone => ConfirmGoneAsync(user, ct),
            _ => throw new InvalidOperationException($"Offboarding has no step of kind {step.Kind}."),
        };
    }

    private async Task RunAsync(JobStep step, string? itemKey, Func<CancellationToken, Task> operation, CancellationToken ct)
    {
        var parameters = AuditActions.Via(Feature, itemKey is null ? null : new Dictionary<string, object?> { [itemKey] = step.Data[itemKey] });
        try
        {
            await audited.RunAsync(Permission.ManageUsers, Kinds.AuditActionOf(step.Kind), step.Data["UserName"], parameters, operation, ct);
        }
        catch (NoSuchEntityException)
        {
            // Already gone (an earlier attempt, someone else, or the user itself): the step's goal holds.
        }
    }

    /// <summary>The last step: GetUser must answer NoSuchEntity. A user that still exists fails the job.</summary>
    private Task ConfirmGoneAsync(string user, CancellationToken ct) =>
        audited.RunAsync(Permission.ManageUsers, AuditActions.ConfirmUserGone, user, AuditActions.Via(Feature), async c =>
        {
            try
            {
                await iamUsers.GetUserAsync(user, c);
            }
            catch (NoSuchEntityException)
            {
                return;
            }
            throw new IamException(IamErrorCodes.DeleteConflict, $"GetUser still returns {user} after DeleteUser; resume to try again.");
        }, ct);

    private static IReadOnlyList<IamTag> QuarantineTags(JobStep step) =>
        QuarantinePolicy.TagKeys.Select(k => new IamTag(k, step.Data.GetValueOrDefault(k) ?? "")).ToList();
}
