namespace IamPortal.Application.Offboarding;

/// <summary>One step of a plan: what kind of IAM call, on which exact item (<see cref="Data"/> names it; never a secret).</summary>
public sealed record OffboardingPlanStep(string Stage, string Kind, string Description, IReadOnlyDictionary<string, string> Data)
{
    /// <summary>A step's data: the user plus the item it acts on.</summary>
    public static Dictionary<string, string> DataFor(string userName, params (string Key, string Value)[] items)
    {
        var data = items.ToDictionary(i => i.Key, i => i.Value);
        data["UserName"] = userName;
        return data;
    }
}

/// <summary>
/// What an offboarding will do, read live from IAM: every step in IAM's deletion order with the exact item it removes.
/// <see cref="DryRun"/> is true: building a plan changes nothing.
/// </summary>
public sealed record OffboardingPlan(string UserName, string UserArn, IReadOnlyList<OffboardingPlanStep> Steps, bool DryRun = true)
{
    public bool IsQuarantined => Steps.Any(s => s.Kind == OffboardingStepKinds.DeleteUserPolicy
                                               && s.Data.GetValueOrDefault("PolicyName") == QuarantinePolicy.PolicyName);

    /// <summary>
    /// The deletion stage as it runs after a quarantine: the quarantine already deleted the console password, its keys
    /// are inactive by then (not as read now), and its deny-all inline policy is deleted with the other inline policies.
    /// </summary>
    public IReadOnlyList<OffboardingPlanStep> AfterQuarantine()
    {
        var steps = Steps.Where(s => s.Kind != OffboardingStepKinds.DeleteLoginProfile)
            .Select(s => s.Kind == OffboardingStepKinds.DeleteAccessKey
                ? s with { Description = $"Delete access key {s.Data["AccessKeyId"]} (inactive after the quarantine)" } : s)
            .ToList();
        if (IsQuarantined) return steps;
        var at = steps.FindIndex(s => s.Kind is OffboardingStepKinds.DeleteUserPolicy or OffboardingStepKinds.DetachUserPolicy
            or OffboardingStepKinds.RemoveUserFromGroup or OffboardingStepKinds.DeleteUserPermissionsBoundary or OffboardingStepKinds.DeleteUser);
        steps.Insert(at, new OffboardingPlanStep("7. Inline policies", OffboardingStepKinds.DeleteUserPolicy,
            $"Delete inline policy {QuarantinePolicy.PolicyName}",
            new Dictionary<string, string> { ["UserName"] = UserName, ["PolicyName"] = QuarantinePolicy.PolicyName }));
        return steps;
    }
}

/// <summary>What a lifecycle service call returned: the job as it stands, or why nothing was started.</summary>
public sealed record LifecycleJobResult(Jobs.Job? Job, string? Error = null, string? Note = null)
{
    public bool Succeeded => Error is null && Job?.Status == Jobs.JobStatus.Succeeded;

    /// <summary>Refused because another job holds the user: the page sends the operator to it.</summary>
    public Jobs.JobConflict? Conflict { get; init; }

    public static LifecycleJobResult Refused(string error) => new(null, error);

    public static LifecycleJobResult Conflicting(Jobs.JobConflict conflict) => new(null, conflict.Message) { Conflict = conflict };
}
