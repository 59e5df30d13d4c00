namespace IamPortal.Application.Jobs;

public enum StepOutcomeKind { Done, Waiting, Failed }

/// <summary>
/// What a step's executor reports: done (with typed output that later steps read through
/// <see cref="StepContext.OutputOf{T}"/>), waiting (a reason a person can read, and optionally when to look again:
/// the job pauses, it has not failed), or failed (IAM's code and a plain-language message). An executor that throws
/// fails its step the same way, with the exception described.
/// </summary>
public sealed record StepOutcome(StepOutcomeKind Kind, JobData? Output = null, string? Reason = null, DateTimeOffset? CheckAgainAt = null, string? ErrorCode = null)
{
    private static readonly StepOutcome DoneWithoutOutput = new(StepOutcomeKind.Done);

    public static StepOutcome Done() => DoneWithoutOutput;

    public static StepOutcome Done<T>(T output) where T : notnull => new(StepOutcomeKind.Done, JobData.From(output));

    public static StepOutcome Waiting(string reason, DateTimeOffset? checkAgainAt = null) =>
        new(StepOutcomeKind.Waiting, Reason: reason, CheckAgainAt: checkAgainAt);

    public static StepOutcome Failed(string errorCode, string message) => new(StepOutcomeKind.Failed, Reason: message, ErrorCode: errorCode);
}

/// <summary>What an executor is given: the job as journaled so far, the step to run, and the starting circuit's secrets.</summary>
public sealed record StepContext(Job Job, JobStep Step, JobSecrets Secrets)
{
    /// <summary>The step's typed input, as the planner wrote it.</summary>
    public T Input<T>() => Step.Input.As<T>();

    /// <summary>The output of the finished step of <paramref name="kind"/>, or null when it has none (yet).</summary>
    public T? OutputOf<T>(string kind) where T : class => Job.OutputOf<T>(kind);
}

/// <summary>Executes one kind of step against IAM; must treat "already done" as done.</summary>
public delegate Task<StepOutcome> StepExecutor(StepContext context, CancellationToken ct);
