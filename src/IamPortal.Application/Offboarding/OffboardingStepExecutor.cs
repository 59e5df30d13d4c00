using IamPortal.Application.Audit;
using IamPortal.Application.Iam;
using IamPortal.Application.Jobs;
using IamPortal.Application.Operators;
using IamPortal.Application.Users;
using Kinds = IamPortal.Application.Offboarding.OffboardingStepKinds;

namespace IamPortal.Application.Offboarding;

/// <summary>
/// Runs one offboarding, quarantine or release step against IAM through <see cref="IAuditedOperations"/> (ManageUsers,
/// audited under <see cref="Kinds.AuditActionOf"/>, via "Offboarding"), reading the step's typed input
/// (LifecycleStepInputs.cs). "Already gone" (NoSuchEntity) counts as done, so a resume after any failure
/// or restart repeats nothing harmful.
/// </summary>
public sealed class OffboardingStepExecutor(
    IIamUsersApi iamUsers, IIamCredentialsApi iamCredentials, IIamMfaApi iamMfa, IIamGroupsApi iamGroups, IIamPoliciesApi iamPolicies, IAuditedOperations audited)
{
    private const string Feature = "Offboarding";

    public Task<StepOutcome> ExecuteAsync(StepContext step, CancellationToken ct) => step.Step.Kind switch
    {
        Kinds.DeactivateAccessKey => Run<AccessKeyInput>(step, i => ("AccessKeyId", i.AccessKeyId),
            (i, c) => iamCredentials.UpdateAccessKeyAsync(i.UserName, i.AccessKeyId, IamAccessKeyStatus.Inactive, c), ct),
        Kinds.ReactivateAccessKey => Run<AccessKeyInput>(step, i => ("AccessKeyId", i.AccessKeyId),
            (i, c) => iamCredentials.UpdateAccessKeyAsync(i.UserName, i.AccessKeyId, IamAccessKeyStatus.Active, c), ct),
        Kinds.PutQuarantinePolicy => Run<InlinePolicyInput>(step, i => ("PolicyName", i.PolicyName),
            (i, c) => iamPolicies.PutUserPolicyAsync(i.UserName, QuarantinePolicy.PolicyName, QuarantinePolicy.Document, c), ct),
        Kinds.DeleteQuarantinePolicy => Run<InlinePolicyInput>(step, i => ("PolicyName", i.PolicyName),
            (i, c) => iamPolicies.DeleteUserPolicyAsync(i.UserName, QuarantinePolicy.PolicyName, c), ct),
        Kinds.TagQuarantine => Run<QuarantineTagsInput>(step, null, (i, c) => iamUsers.TagUserAsync(i.UserName, i.Tags, c), ct),
        Kinds.UntagQuarantine => Run<UserInput>(step, null, (i, c) => iamUsers.UntagUserAsync(i.UserName, QuarantinePolicy.TagKeys, c), ct),
        Kinds.DeleteLoginProfile => Run<UserInput>(step, null, (i, c) => iamCredentials.DeleteLoginProfileAsync(i.UserName, c), ct),
        Kinds.DeleteAccessKey => Run<AccessKeyInput>(step, i => ("AccessKeyId", i.AccessKeyId),
            (i, c) => iamCredentials.DeleteAccessKeyAsync(i.UserName, i.AccessKeyId, c), ct),
        Kinds.DeleteSigningCertificate => Run<SigningCertificateInput>(step, i => ("CertificateId", i.CertificateId),
            (i, c) => iamCredentials.DeleteSigningCertificateAsync(i.UserName, i.CertificateId, c), ct),
        Kinds.DeleteSshPublicKey => Run<SshPublicKeyInput>(step, i => ("SshPublicKeyId", i.SshPublicKeyId),
            (i, c) => iamCredentials.DeleteSshPublicKeyAsync(i.UserName, i.SshPublicKeyId, c), ct),
        Kinds.DeleteServiceSpecificCredential => Run<ServiceSpecificCredentialInput>(step, i => ("ServiceSpecificCredentialId", i.ServiceSpecificCredentialId),
            (i, c) => iamCredentials.DeleteServiceSpecificCredentialAsync(i.UserName, i.ServiceSpecificCredentialId, c), ct),
        Kinds.DeactivateMfaDevice => Run<MfaDeviceInput>(step, i => ("SerialNumber", i.SerialNumber),
            (i, c) => iamMfa.DeactivateMfaDeviceAsync(i.UserName, i.SerialNumber, c), ct),
        Kinds.DeleteVirtualMfaDevice => Run<MfaDeviceInput>(step, i => ("SerialNumber", i.SerialNumber),
            (i, c) => iamMfa.DeleteVirtualMfaDeviceAsync(i.SerialNumber, c), ct),
        Kinds.DeleteUserPolicy => Run<InlinePolicyInput>(step, i => ("PolicyName", i.PolicyName),
            (i, c) => iamPolicies.DeleteUserPolicyAsync(i.UserName, i.PolicyName, c), ct),
        Kinds.DetachUserPolicy => Run<ManagedPolicyInput>(step, i => ("PolicyArn", i.PolicyArn),
            (i, c) => iamPolicies.DetachUserPolicyAsync(i.UserName, i.PolicyArn, c), ct),
        Kinds.RemoveUserFromGroup => Run<GroupInput>(step, i => ("GroupName", i.GroupName),
            (i, c) => iamGroups.RemoveUserFromGroupAsync(i.GroupName, i.UserName, c), ct),
        Kinds.DeleteUserPermissionsBoundary => Run<ManagedPolicyInput>(step, i => ("PolicyArn", i.PolicyArn),
            (i, c) => iamUsers.DeleteUserPermissionsBoundaryAsync(i.UserName, c), ct),
        Kinds.DeleteUser => DeleteUserAsync(step, ct),
        Kinds.ConfirmUserGone => ConfirmGoneAsync(step.Input<UserInput>().UserName, ct),
        Kinds.ReadWarning => Task.FromResult(StepOutcome.Done()), // shown to the operator; nothing to call
        var kind => throw new InvalidOperationException($"Offboarding has no step of kind {kind}."),
    };

    private async Task<StepOutcome> Run<T>(StepContext step, Func<T, (string Key, string Value)>? item, Func<T, CancellationToken, Task> operation,
        CancellationToken ct) where T : IUserStepInput
    {
        var input = step.Input<T>();
        var named = item?.Invoke(input);
        var parameters = AuditActions.Via(Feature, named is { } n ? new Dictionary<string, object?> { [n.Key] = n.Value } : null);
        try
        {
            await audited.RunAsync(Permission.ManageUsers, Kinds.AuditActionOf(step.Step.Kind), input.UserName, parameters, c => operation(input, c), ct);
        }
        catch (NoSuchEntityException)
        {
            // Already gone (an earlier attempt, someone else, or the user itself): the step's goal holds.
        }
        return StepOutcome.Done();
    }

    /// <summary>DeleteUser; a DeleteConflict (something the plan did not remove, e.g. a part it could not read) says what is left.</summary>
    private async Task<StepOutcome> DeleteUserAsync(StepContext step, CancellationToken ct)
    {
        try
        {
            return await Run<UserInput>(step, null, (i, c) => iamUsers.DeleteUserAsync(i.UserName, c), ct);
        }
        catch (DeleteConflictException e)
        {
            return StepOutcome.Failed(e.Code, DeleteUserConflict.Describe(step.Input<UserInput>().UserName, e.Message));
        }
    }

    /// <summary>The last step: GetUser must answer NoSuchEntity. A user that still exists fails the job.</summary>
    private async Task<StepOutcome> ConfirmGoneAsync(string user, CancellationToken ct)
    {
        await audited.RunAsync(Permission.ManageUsers, AuditActions.ConfirmUserGone, user, AuditActions.Via(Feature), async c =>
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
        return StepOutcome.Done();
    }
}
