using IamPortal.Application.Jobs;

namespace IamPortal.Application.Policies.Deletion;

public sealed record PolicyDeletionStep(string Kind, string Description, PolicyDeletionInput Input)
{
    public (string Kind, string Description, JobData Input) ForJob() => (Kind, Description, JobData.From(Input));
}

/// <summary>
/// What deleting a customer managed policy will do, read live: each step names its user, group or version.
/// <see cref="Blockers"/>: what the portal cannot remove (roles, permissions boundaries): the plan cannot start while any remain.
/// </summary>
public sealed record PolicyDeletionPlan(string PolicyArn, string PolicyName, IReadOnlyList<PolicyDeletionStep> Steps, IReadOnlyList<string> Blockers)
{
    public bool CanStart => Blockers.Count == 0;
}
