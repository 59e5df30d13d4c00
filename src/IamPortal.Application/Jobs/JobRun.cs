using IamPortal.Application.Commands;

namespace IamPortal.Application.Jobs;

/// <summary>A job as it stands after a command ran it, with a note for the operator (e.g. what a release cannot restore).</summary>
public sealed record JobRun(Job Job, string? Note = null)
{
    /// <summary>
    /// The command's result for a run: succeeded while the job succeeded or waits; failed (plain words, the run kept
    /// as the value) when the job stopped at a failed step.
    /// </summary>
    public static CommandResult<JobRun> Result(Job job, string? note = null) => job.Status == JobStatus.Failed
        ? CommandResult.Failed(job.FailureText("The job did not finish."), new JobRun(job, note))
        : CommandResult.Ok(new JobRun(job, note));
}
