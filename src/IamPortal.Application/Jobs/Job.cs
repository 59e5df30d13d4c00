namespace IamPortal.Application.Jobs;

public enum JobStatus { Pending, Running, Succeeded, Failed, Cancelled }

public enum StepStatus { Pending, Running, Succeeded, Failed, Skipped }

/// <summary>One step of a journaled job. <see cref="Data"/> holds the step's inputs (never a secret).</summary>
public sealed record JobStep(
    int Index,
    string Kind,
    string Description,
    IReadOnlyDictionary<string, string> Data,
    StepStatus Status = StepStatus.Pending,
    string? Error = null,
    string? ErrorCode = null,
    DateTimeOffset? CompletedAt = null);

/// <summary>
/// Multi-step work (onboarding, offboarding, key rotation, quarantine) as a journal: each step's status is stored as it
/// changes, a failure stops the job with the exact state, and Resume continues from the first unfinished step,
/// also after a restart. <see cref="Data"/> is job-level context (never a secret). <see cref="AccountId"/> is the AWS
/// account the job acts on (empty on jobs journaled before jobs recorded it; with one account configured, that account).
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
    IReadOnlyDictionary<string, string> Data,
    IReadOnlyList<JobStep> Steps,
    string AccountId)
{
    public int CompletedSteps => Steps.Count(s => s.Status is StepStatus.Succeeded or StepStatus.Skipped);
    public JobStep? FailedStep => Steps.FirstOrDefault(s => s.Status == StepStatus.Failed);
    public bool CanResume => Status is JobStatus.Failed or JobStatus.Pending
                             || (Status == JobStatus.Running && Steps.Any(s => s.Status == StepStatus.Running));
}
