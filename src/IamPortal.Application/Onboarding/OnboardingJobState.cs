using IamPortal.Application.Jobs;
using IamPortal.Application.Users;

namespace IamPortal.Application.Onboarding;

public static class OnboardingJobState
{
    public const string Kind = "Onboarding";

    /// <summary>One onboarding of a name at a time: a failed one holds the name until it is retried to the end or rolled back.</summary>
    public static readonly JobScope Scope = new("onboarding", [Kind], JobScope.Resumable);

    /// <summary>A rollback is the only way an onboarding job is cancelled: what it created has been removed.</summary>
    public static bool IsRolledBack(Job job) => job.Kind == Kind && job.Status == JobStatus.Cancelled;

    /// <summary>What the job has created in IAM so far, in words, for the "what exists now" list after a failure.</summary>
    public static IReadOnlyList<string> WhatExists(Job job)
    {
        if (IsRolledBack(job)) return [];
        return job.Steps.Where(s => s.Status == StepStatus.Succeeded).Select(s => s.Kind switch
        {
            OnboardingStepKinds.CreateUser => $"The IAM user {job.Target}",
            OnboardingStepKinds.CreateLoginProfile => "Its console password",
            OnboardingStepKinds.CreateAccessKey => "Its access key",
            OnboardingStepKinds.AddUserToGroup => $"Membership of the group {s.Input.As<GroupInput>().GroupName}",
            OnboardingStepKinds.AttachUserPolicy => $"The policy {OnboardingPlanner.PolicyName(s.Input.As<ManagedPolicyInput>().PolicyArn)} attached directly",
            _ => s.Description,
        }).ToList();
    }
}
