using IamPortal.Application.Audit;
using IamPortal.Application.Jobs;

namespace IamPortal.Application.Policies.Deletion;

/// <summary>The steps of a policy deletion, in IAM's order: detach everywhere, delete the non-default versions, delete the policy.</summary>
public static class PolicyDeletionStepKinds
{
    public const string JobKind = "PolicyDeletion";
    public const string DetachFromUser = "DetachFromUser";
    public const string DetachFromGroup = "DetachFromGroup";
    public const string DeleteVersion = "DeleteVersion";
    public const string DeletePolicy = "DeletePolicy";

    /// <summary>One deletion job at a time per policy.</summary>
    public static readonly JobScope Scope = new("policy-deletion", [JobKind], JobScope.Resumable);

    public static string AuditActionOf(string kind) => kind switch
    {
        DetachFromUser => AuditActions.DetachPolicy,
        DetachFromGroup => AuditActions.DetachPolicy,
        DeleteVersion => AuditActions.DeletePolicyVersion,
        DeletePolicy => AuditActions.DeletePolicy,
        _ => throw new InvalidOperationException($"Policy deletion has no step of kind {kind}."),
    };
}

/// <summary>A step's input: the policy, and the user, group or version it acts on.</summary>
public sealed record PolicyDeletionInput(string PolicyArn, string? UserName = null, string? GroupName = null, string? VersionId = null);

/// <summary>The job's context.</summary>
public sealed record PolicyDeletionJobData(string PolicyArn, string PolicyName);
