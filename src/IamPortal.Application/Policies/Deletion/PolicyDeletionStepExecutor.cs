using IamPortal.Application.Audit;
using IamPortal.Application.Iam;
using IamPortal.Application.Jobs;
using IamPortal.Application.Operators;
using Kinds = IamPortal.Application.Policies.Deletion.PolicyDeletionStepKinds;

namespace IamPortal.Application.Policies.Deletion;

/// <summary>
/// Runs one step of a policy deletion through <see cref="IAuditedOperations"/> (ManagePolicies, via "PolicyDeletion"): a
/// table from step kind to IAM call. "Already gone" (NoSuchEntity) counts as done, so a resume repeats nothing harmful;
/// a DeleteConflict on the last step (something attached since the plan) fails the job and says so.
/// </summary>
public sealed class PolicyDeletionStepExecutor(IIamPoliciesApi iamPolicies, IAuditedOperations audited)
{
    private const string Feature = "PolicyDeletion";

    public Task<StepOutcome> ExecuteAsync(StepContext step, CancellationToken ct) => step.Step.Kind switch
    {
        Kinds.DetachFromUser => RunAsync(step, (i, c) => iamPolicies.DetachUserPolicyAsync(i.UserName!, i.PolicyArn, c), ct),
        Kinds.DetachFromGroup => RunAsync(step, (i, c) => iamPolicies.DetachGroupPolicyAsync(i.GroupName!, i.PolicyArn, c), ct),
        Kinds.DeleteVersion => RunAsync(step, (i, c) => iamPolicies.DeletePolicyVersionAsync(i.PolicyArn, i.VersionId!, c), ct),
        Kinds.DeletePolicy => DeletePolicyAsync(step, ct),
        var kind => throw new InvalidOperationException($"Policy deletion has no step of kind {kind}."),
    };

    private async Task<StepOutcome> RunAsync(StepContext step, Func<PolicyDeletionInput, CancellationToken, Task> operation, CancellationToken ct)
    {
        var input = step.Input<PolicyDeletionInput>();
        var parameters = AuditActions.Via(Feature, new Dictionary<string, object?>
        {
            ["UserName"] = input.UserName, ["GroupName"] = input.GroupName, ["VersionId"] = input.VersionId,
        });
        try
        {
            await audited.RunAsync(Permission.ManagePolicies, Kinds.AuditActionOf(step.Step.Kind), input.PolicyArn, parameters, c => operation(input, c), ct);
        }
        catch (NoSuchEntityException)
        {
            // Already detached or deleted (an earlier attempt or someone else): the step's goal holds.
        }
        return StepOutcome.Done();
    }

    private async Task<StepOutcome> DeletePolicyAsync(StepContext step, CancellationToken ct)
    {
        try
        {
            return await RunAsync(step, (i, c) => iamPolicies.DeletePolicyAsync(i.PolicyArn, c), ct);
        }
        catch (DeleteConflictException e)
        {
            return StepOutcome.Failed(e.Code, $"IAM refused to delete the policy: {e.Message} Something was attached or a version added since the plan; " +
                                              "start a new deletion to plan it again.");
        }
    }
}
