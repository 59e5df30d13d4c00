using IamPortal.Application.Jobs;
using IamPortal.Application.Users;

namespace IamPortal.Application.Offboarding;

/// <summary>One step of a plan: what kind of IAM call, on which exact item (<see cref="Input"/> names it, typed; never a secret).</summary>
public sealed record OffboardingPlanStep(string Stage, string Kind, string Description, JobData Input)
{
    public static OffboardingPlanStep Of<T>(string stage, string kind, string description, T input) where T : IUserStepInput =>
        new(stage, kind, description, JobData.From(input));
}

/// <summary>
/// What an offboarding will do, read live from IAM: every step in IAM's deletion order with the exact item it removes.
/// <see cref="DryRun"/> is true: building a plan changes nothing.
/// </summary>
public sealed record OffboardingPlan(string UserName, string UserArn, IReadOnlyList<OffboardingPlanStep> Steps, bool DryRun = true)
{
    /// <summary>The parts of the user that could not be read (<see cref="OffboardingStepKinds.ReadWarning"/> steps): to check by hand.</summary>
    public IReadOnlyList<OffboardingPlanStep> Warnings => [.. Steps.Where(s => s.Kind == OffboardingStepKinds.ReadWarning)];

    public bool IsQuarantined => Steps.Any(s => s.Kind == OffboardingStepKinds.DeleteUserPolicy
                                               && s.Input.As<InlinePolicyInput>().PolicyName == QuarantinePolicy.PolicyName);

    /// <summary>
    /// The deletion stage as it runs after a quarantine: the quarantine already deleted the console password, its keys
    /// are inactive by then (not as read now), and its deny-all inline policy is deleted with the other inline policies.
    /// </summary>
    public IReadOnlyList<OffboardingPlanStep> AfterQuarantine()
    {
        var steps = Steps.Where(s => s.Kind != OffboardingStepKinds.DeleteLoginProfile)
            .Select(s => s.Kind == OffboardingStepKinds.DeleteAccessKey
                ? s with { Description = $"Delete access key {s.Input.As<AccessKeyInput>().AccessKeyId} (inactive after the quarantine)" } : s)
            .ToList();
        if (IsQuarantined) return steps;
        var at = steps.FindIndex(s => s.Kind is OffboardingStepKinds.DeleteUserPolicy or OffboardingStepKinds.DetachUserPolicy
            or OffboardingStepKinds.RemoveUserFromGroup or OffboardingStepKinds.DeleteUserPermissionsBoundary or OffboardingStepKinds.DeleteUser);
        steps.Insert(at, OffboardingPlanStep.Of("7. Inline policies", OffboardingStepKinds.DeleteUserPolicy,
            $"Delete inline policy {QuarantinePolicy.PolicyName}", new InlinePolicyInput(UserName, QuarantinePolicy.PolicyName)));
        return steps;
    }
}
