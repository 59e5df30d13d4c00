using IamPortal.Application.Audit;
using IamPortal.Application.Iam;
using IamPortal.Application.Jobs;
using IamPortal.Application.Operators;
using Kinds = IamPortal.Application.Groups.GroupStepKinds;

namespace IamPortal.Application.Groups;

/// <summary>
/// Runs one step of a group deletion or a move to a group: a table from step kind to IAM call, each through
/// <see cref="IAuditedOperations"/> (ManageGroups; ManagePolicies for creating a policy), audited via the job's feature.
/// "Already done" counts as done (a member already gone, a group or policy that already exists, an attachment IAM
/// keeps once), so a resume after any failure repeats nothing harmful.
/// </summary>
public sealed class GroupStepExecutor(IIamGroupsApi iamGroups, IIamPoliciesApi iamPolicies, IAuditedOperations audited)
{
    public Task<StepOutcome> ExecuteAsync(StepContext step, CancellationToken ct) => step.Step.Kind switch
    {
        Kinds.RemoveMember => Run<GroupMemberInput>(step, i => ("GroupName", i.GroupName), (i, c) => iamGroups.RemoveUserFromGroupAsync(i.GroupName, i.UserName, c), ct),
        Kinds.DetachGroupPolicy => Run<GroupPolicyInput>(step, i => ("PolicyArn", i.PolicyArn), (i, c) => iamPolicies.DetachGroupPolicyAsync(i.GroupName, i.PolicyArn, c), ct),
        Kinds.DeleteGroupPolicy => Run<GroupInlinePolicyInput>(step, i => ("PolicyName", i.PolicyName), (i, c) => iamPolicies.DeleteGroupPolicyAsync(i.GroupName, i.PolicyName, c), ct),
        Kinds.DeleteGroup => DeleteGroupAsync(step, ct),
        Kinds.ConfirmGroupGone => ConfirmGroupGoneAsync(step, ct),
        Kinds.CreateGroup => Run<GroupInput>(step, i => ("Path", i.Path), (i, c) => iamGroups.CreateGroupAsync(i.GroupName, i.Path, c), ct),
        Kinds.AttachGroupPolicy => Run<GroupPolicyInput>(step, i => ("PolicyArn", i.PolicyArn), (i, c) => iamPolicies.AttachGroupPolicyAsync(i.GroupName, i.PolicyArn, c), ct),
        Kinds.PutGroupPolicy => Run<GroupInlinePolicyInput>(step, i => ("PolicyName", i.PolicyName),
            (i, c) => iamPolicies.PutGroupPolicyAsync(i.GroupName, i.PolicyName, i.Document ?? throw new InvalidOperationException("No document."), c), ct),
        Kinds.CreatePolicy => Run<NewPolicyInput>(step, i => ("Path", i.Path), (i, c) => iamPolicies.CreatePolicyAsync(i.PolicyName, i.Document, i.Path, i.Description, c), ct,
            Permission.ManagePolicies),
        Kinds.AddMember => Run<GroupMemberInput>(step, i => ("GroupName", i.GroupName), (i, c) => iamGroups.AddUserToGroupAsync(i.GroupName, i.UserName, c), ct),
        Kinds.DetachUserPolicy => Run<UserPolicyInput>(step, i => ("PolicyArn", i.PolicyArn), (i, c) => iamPolicies.DetachUserPolicyAsync(i.UserName, i.PolicyArn, c), ct),
        Kinds.DeleteUserPolicy => Run<UserInlinePolicyInput>(step, i => ("PolicyName", i.PolicyName), (i, c) => iamPolicies.DeleteUserPolicyAsync(i.UserName, i.PolicyName, c), ct),
        Kinds.ConfirmNoDirectPolicies => ConfirmNoDirectPoliciesAsync(step, ct),
        var kind => throw new InvalidOperationException($"Group jobs have no step of kind {kind}."),
    };

    private string Feature(StepContext step) => step.Job.Kind == GroupJobKinds.MoveToGroup ? GroupAuditActions.MoveFeature : GroupAuditActions.Feature;

    private async Task<StepOutcome> Run<T>(StepContext step, Func<T, (string Key, string? Value)> item, Func<T, CancellationToken, Task> operation,
        CancellationToken ct, Permission permission = Permission.ManageGroups) where T : IGroupStepInput
    {
        var input = step.Input<T>();
        var (key, value) = item(input);
        var parameters = AuditActions.Via(Feature(step), new Dictionary<string, object?> { [key] = value });
        try
        {
            await audited.RunAsync(permission, Kinds.AuditActionOf(step.Step.Kind), input.AuditTarget, parameters, c => operation(input, c), ct);
        }
        catch (NoSuchEntityException) when (IsRemoval(step.Step.Kind))
        {
            // Already gone: the step's goal holds.
        }
        catch (EntityAlreadyExistsException) when (step.Step.Kind is Kinds.CreateGroup or Kinds.CreatePolicy)
        {
            // Created by an earlier attempt (or the first user's job of a bulk move): the step's goal holds.
        }
        return StepOutcome.Done();
    }

    private static bool IsRemoval(string kind) =>
        kind is Kinds.RemoveMember or Kinds.DetachGroupPolicy or Kinds.DeleteGroupPolicy or Kinds.DetachUserPolicy or Kinds.DeleteUserPolicy or Kinds.DeleteGroup;

    /// <summary>DeleteGroup; a DeleteConflict (something added since the plan) says what to do.</summary>
    private async Task<StepOutcome> DeleteGroupAsync(StepContext step, CancellationToken ct)
    {
        try
        {
            return await Run<GroupInput>(step, _ => ("GroupName", step.Input<GroupInput>().GroupName), (i, c) => iamGroups.DeleteGroupAsync(i.GroupName, c), ct);
        }
        catch (DeleteConflictException e)
        {
            return StepOutcome.Failed(e.Code, $"IAM still sees something in the group ({e.Message.TrimEnd('.')}). Members or policies were added after the plan; start the deletion again for a new plan.");
        }
    }

    /// <summary>The last step of a deletion: GetGroup must answer NoSuchEntity.</summary>
    private async Task<StepOutcome> ConfirmGroupGoneAsync(StepContext step, CancellationToken ct)
    {
        var group = step.Input<GroupInput>().GroupName;
        await audited.RunAsync(Permission.ManageGroups, AuditActions.ConfirmGroupGone, group, AuditActions.Via(GroupAuditActions.Feature), async c =>
        {
            try
            {
                await iamGroups.GetGroupAsync(group, c);
            }
            catch (NoSuchEntityException)
            {
                return;
            }
            throw new IamException(IamErrorCodes.DeleteConflict, $"GetGroup still returns {group} after DeleteGroup; resume to try again.");
        }, ct);
        return StepOutcome.Done();
    }

    /// <summary>The last step of a move: the user is in the group and has no managed or inline policy of its own.</summary>
    private async Task<StepOutcome> ConfirmNoDirectPoliciesAsync(StepContext step, CancellationToken ct)
    {
        var input = step.Input<GroupMemberInput>();
        await audited.RunAsync(Permission.ManageGroups, AuditActions.ConfirmNoDirectPolicies, input.UserName, AuditActions.Via(GroupAuditActions.MoveFeature), async c =>
        {
            var attached = await iamPolicies.ListAttachedUserPoliciesAsync(input.UserName, c);
            var inline = await iamPolicies.ListUserPoliciesAsync(input.UserName, c);
            var groups = await iamGroups.ListGroupsForUserAsync(input.UserName, c);
            if (!groups.Any(g => string.Equals(g.GroupName, input.GroupName, StringComparison.OrdinalIgnoreCase)))
                throw new IamException(IamErrorCodes.NoSuchEntity, $"{input.UserName} is not in {input.GroupName}; resume to add them again.");
            if (attached.Count > 0 || inline.Count > 0)
                throw new IamException(IamErrorCodes.DeleteConflict,
                    $"{input.UserName} still has {attached.Count} attached and {inline.Count} inline policies of their own (added since the plan?); resume or move them again.");
        }, ct);
        return StepOutcome.Done();
    }
}
