using IamPortal.Application.Iam;

namespace IamPortal.Application.Jobs;

/// <summary>Executes one kind of step (e.g. "DeleteAccessKey") against IAM; must treat "already done" as success.</summary>
public delegate Task StepExecutor(Job job, JobStep step, CancellationToken ct);

/// <summary>
/// Runs a job's unfinished steps in order, journaling each status change before and after the step, and notifying
/// listeners so pages show progress live. A step that throws stops the job (Failed) with the error stored on the step.
/// </summary>
public sealed class JobRunner(IJobStore store, JobProgress progress, TimeProvider time)
{
    /// <summary>Runs the job; <paramref name="observer"/> hears every change of this job (a page that follows only its own job).</summary>
    public async Task<Job> RunAsync(Job job, StepExecutor execute, CancellationToken ct = default, IProgress<Job>? observer = null)
    {
        var save = (Job j, CancellationToken c) => SaveAsync(j, observer, c);
        job = await save(job with { Status = JobStatus.Running }, ct);
        foreach (var step in job.Steps.Where(s => s.Status is not (StepStatus.Succeeded or StepStatus.Skipped)).ToList())
        {
            job = await save(Replace(job, step with { Status = StepStatus.Running, Error = null, ErrorCode = null }), ct);
            try
            {
                await execute(job, step, ct);
                job = await save(Replace(job, step with { Status = StepStatus.Succeeded, Error = null, ErrorCode = null, CompletedAt = time.GetUtcNow() }), ct);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                var code = e switch { IamException iam => iam.Code, JobStepRefusedException refused => refused.Code, _ => e.GetType().Name };
                job = Replace(job, step with { Status = StepStatus.Failed, Error = Iam.IamErrorMessages.Describe(e), ErrorCode = code });
                return await save(job with { Status = JobStatus.Failed }, CancellationToken.None);
            }
        }
        return await save(job with { Status = JobStatus.Succeeded }, ct);
    }

    /// <summary>Tells every listener of a change made outside a run (abandoned, rolled back, paused).</summary>
    public void Publish(Job job) => progress.Publish(job);

    private async Task<Job> SaveAsync(Job job, IProgress<Job>? observer, CancellationToken ct)
    {
        job = job with { UpdatedAt = time.GetUtcNow() };
        await store.SaveAsync(job, ct);
        observer?.Report(job);
        progress.Publish(job);
        return job;
    }

    private static Job Replace(Job job, JobStep step) =>
        job with { Steps = job.Steps.Select(s => s.Index == step.Index ? step : s).ToList() };
}

/// <summary>Live progress: the runner publishes every change, pages subscribe for the jobs they show.</summary>
public sealed class JobProgress
{
    public event Action<Job>? Changed;

    public void Publish(Job job) => Changed?.Invoke(job);
}
