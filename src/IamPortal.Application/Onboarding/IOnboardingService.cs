using IamPortal.Application.Commands;
using IamPortal.Application.Jobs;

namespace IamPortal.Application.Onboarding;

/// <summary>The onboarding wizard: options, field validation, the plan with its CLI equivalent, and the journaled job.</summary>
public interface IOnboardingService
{
    /// <summary>Groups (with policies), attachable managed policies, users to copy groups from, guardrails and password policy.</summary>
    Task<OnboardingOptions> GetOptionsAsync(CancellationToken ct = default);

    /// <summary>Field → message for one step, or for the whole request when <paramref name="step"/> is null.</summary>
    Task<IReadOnlyDictionary<string, string>> ValidateAsync(OnboardingRequest request, OnboardingStep? step = null, CancellationToken ct = default);

    /// <summary>A random password that satisfies the account's live password policy.</summary>
    Task<string> GeneratePasswordAsync(CancellationToken ct = default);

    /// <summary>The ordered steps the job will run, each with its AWS CLI equivalent (secrets as placeholders).</summary>
    IReadOnlyList<OnboardingPlanStep> BuildPlan(OnboardingRequest request);

    /// <summary>
    /// Validates, then runs the plan as a journaled job; every step is authorized and audited. Refused (with
    /// <see cref="CommandResult.Conflict"/>) while another onboarding of the name runs or is unfinished.
    /// <paramref name="observer"/> hears every change of this job, and only of this job.
    /// </summary>
    Task<CommandResult<OnboardingRun>> StartAsync(OnboardingRequest request, CancellationToken ct = default, IProgress<Job>? observer = null);

    /// <summary>An onboarding job from the journal (to open one that holds a name).</summary>
    Task<Job?> GetJobAsync(Guid jobId, CancellationToken ct = default);

    /// <summary>Resumes a failed job from its first unfinished step.</summary>
    Task<CommandResult<OnboardingRun>> RetryAsync(Guid jobId, CancellationToken ct = default);

    /// <summary>Removes what a failed job created, in IAM's deletion order, so no orphan remains.</summary>
    Task<CommandResult<OnboardingRun>> RollBackAsync(Guid jobId, CancellationToken ct = default);
}
