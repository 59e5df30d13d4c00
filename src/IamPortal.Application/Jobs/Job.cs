using System.Text.Json.Serialization;

namespace IamPortal.Application.Jobs;

/// <summary>Waiting: paused on purpose (for an event or for the operator), resumable; not a failure.</summary>
public enum JobStatus { Pending, Running, Succeeded, Failed, Cancelled, Waiting }

/// <summary>Waiting: the step cannot run yet; <see cref="JobStep.WaitingFor"/> says why.</summary>
public enum StepStatus { Pending, Running, Succeeded, Failed, Skipped, Waiting }

/// <summary>
/// One step of a journaled job: its typed <see cref="Input"/> (written by the planner; never a secret), and once it
/// ran, its typed <see cref="Output"/>, its error, or what it waits for and when to look again.
/// </summary>
public sealed record JobStep(
    int Index,
    string Kind,
    string Description,
    [property: JsonPropertyName("data")] JobData Input,
    StepStatus Status = StepStatus.Pending,
    string? Error = null,
    string? ErrorCode = null,
    DateTimeOffset? CompletedAt = null,
    JobData? Output = null,
    string? WaitingFor = null,
    DateTimeOffset? CheckAgainAt = null)
{
    public bool IsDone => Status is StepStatus.Succeeded or StepStatus.Skipped;
}

/// <summary>
/// Multi-step work (onboarding, offboarding, key rotation, quarantine) as a journal: each step's status is stored as it
/// changes, a failure stops the job with the exact state, a waiting step pauses it, and Resume continues from the first
/// unfinished step, also after a restart. <see cref="Data"/> is the kind's typed job-level context (never a secret).
/// <see cref="AccountId"/> is the AWS account the job acts on (empty on jobs journaled before jobs recorded it).
/// </summary>
public sealed record Job(
    Guid Id,
    string Kind,
    string Target,
    string Title,
    JobStatus Status,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    JobData Data,
    IReadOnlyList<JobStep> Steps,
    string AccountId)
{
    public int CompletedSteps => Steps.Count(s => s.IsDone);
    public JobStep? FailedStep => Steps.FirstOrDefault(s => s.Status == StepStatus.Failed);
    public JobStep? WaitingStep => Steps.FirstOrDefault(s => s.Status == StepStatus.Waiting);
    /// <summary>The step the job stands at (the first one not done), or null when all are done.</summary>
    public JobStep? CurrentStep => Steps.FirstOrDefault(s => !s.IsDone);
    public bool CanResume => Status is JobStatus.Failed or JobStatus.Pending or JobStatus.Waiting
                             || (Status == JobStatus.Running && Steps.Any(s => s.Status == StepStatus.Running));

    /// <summary>The output of the finished step of <paramref name="kind"/>, or null when it has none (yet).</summary>
    public T? OutputOf<T>(string kind) where T : class =>
        Steps.FirstOrDefault(s => s.Kind == kind && s.Status == StepStatus.Succeeded && s.Output is not null)?.Output!.As<T>();

    /// <summary>Where and why the job stopped ("step: error"), or <paramref name="otherwise"/> when no step failed.</summary>
    public string FailureText(string otherwise) => FailedStep is { } failed ? $"{failed.Description}: {failed.Error}" : otherwise;

    /// <summary>The job with one step replaced (same index).</summary>
    public Job With(JobStep step) => this with { Steps = Steps.Select(s => s.Index == step.Index ? step : s).ToList() };

    /// <summary>A new journaled job, with its steps numbered in order.</summary>
    public static Job Create(string kind, string target, string title, string createdBy, DateTimeOffset now, JobData data,
        IEnumerable<(string Kind, string Description, JobData Input)> steps, string accountId) =>
        new(Guid.NewGuid(), kind, target, title, JobStatus.Pending, createdBy, now, now, data,
            steps.Select((s, i) => new JobStep(i, s.Kind, s.Description, s.Input)).ToList(), accountId);
}
