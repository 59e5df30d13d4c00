using IamPortal.Application.Audit;
using IamPortal.Application.Iam;
using IamPortal.Application.Jobs;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Onboarding;

/// <summary>
/// Undoes a failed onboarding job in the order IAM requires (IAM-REFERENCE.md: login profile, access keys, attached
/// policies, groups, boundary, user), each call audited under its own name (<see cref="AuditActions"/>) via "Onboarding.Rollback". "Already gone" counts
/// as done, so a rollback that stopped half-way can simply run again. A user the job did not create is never touched.
/// </summary>
public sealed class OnboardingRollback(
    IIamUsersApi iamUsers, IIamCredentialsApi iamCredentials, IIamGroupsApi iamGroups, IIamPoliciesApi iamPolicies, IAuditedOperations audited, OnboardingStepExecutor executor)
{
    private const string Feature = AuditActions.RollBackOnboarding;

    public async Task RunAsync(Job job, CancellationToken ct)
    {
        var user = job.Target;
        var existing = await FindOwnedUserAsync(job, ct);
        if (existing is null) return;

        if (await iamCredentials.GetLoginProfileAsync(user, ct) is not null)
            await StepAsync(AuditActions.DisableConsoleAccess, user, null, c => iamCredentials.DeleteLoginProfileAsync(user, c), ct);
        foreach (var key in await iamCredentials.ListAccessKeysAsync(user, ct))
            await StepAsync(AuditActions.DeleteAccessKey, user, new() { ["AccessKeyId"] = key.AccessKeyId }, c => iamCredentials.DeleteAccessKeyAsync(user, key.AccessKeyId, c), ct);
        foreach (var policy in await iamPolicies.ListAttachedUserPoliciesAsync(user, ct))
            await StepAsync(AuditActions.DetachPolicy, user, new() { ["PolicyArn"] = policy.PolicyArn }, c => iamPolicies.DetachUserPolicyAsync(user, policy.PolicyArn, c), ct);
        foreach (var group in await iamGroups.ListGroupsForUserAsync(user, ct))
            await StepAsync(AuditActions.RemoveFromGroup, user, new() { ["GroupName"] = group.GroupName }, c => iamGroups.RemoveUserFromGroupAsync(group.GroupName, user, c), ct);
        if (existing.PermissionsBoundaryArn is not null)
            await StepAsync(AuditActions.DeletePermissionsBoundary, user, null, c => iamUsers.DeleteUserPermissionsBoundaryAsync(user, c), ct);
        await StepAsync(AuditActions.DeleteUser, user, null, c => iamUsers.DeleteUserAsync(user, c), ct);
    }

    /// <summary>The user, if this job created it: it carries the job's ownership tag (someone else's user of that name is left alone).</summary>
    private async Task<IamUser?> FindOwnedUserAsync(Job job, CancellationToken ct)
    {
        var create = job.Steps.FirstOrDefault(s => s.Kind == OnboardingStepKinds.CreateUser);
        if (create is null || create.Status is StepStatus.Pending or StepStatus.Skipped) return null;
        try
        {
            return await executor.FindOwnedUserAsync(job.Id, job.Target, ct);
        }
        catch (JobStepRefusedException)
        {
            return null;
        }
    }

    private async Task StepAsync(string action, string user, Dictionary<string, object?>? parameters, Func<CancellationToken, Task> operation, CancellationToken ct)
    {
        try
        {
            await audited.RunAsync(Permission.ManageUsers, action, user, AuditActions.Via(Feature, parameters), operation, ct);
        }
        catch (NoSuchEntityException)
        {
            // Already gone: nothing left to remove.
        }
    }
}
