namespace IamPortal.Application.Jobs;

/// <summary>
/// Runs a job's unfinished steps in order, journaling each status change before and after the step, and notifying
/// listeners so pages show progress live. A step's <see cref="StepOutcome"/> decides what follows: done (its output
/// journaled) goes on, waiting pauses the job (<see cref="JobStatus.Waiting"/>), failed stops it (Failed) with the
/// error on the step. An executor that throws fails its step the same way. Each step run is measured (JobTelemetry).
/// </summary>
public sealed class JobRunner(IJobStore store, JobProgress progress, TimeProvider time, JobTelemetry? telemetry = null)
{
    private static readonly JobSecrets NoSecrets = new();

    /// <summary>
    /// Runs the job; <paramref name="observer"/> hears every change of this job (a page that follows only its own job);
    /// <paramref name="secrets"/> is the starting circuit's (a step hands shown-once secrets there).
    /// </summary>
    public async Task<Job> RunAsync(Job job, StepExecutor execute, CancellationToken ct = default, IProgress<Job>? observer = null,
        JobSecrets? secrets = null)
    {
        var save = (Job j, CancellationToken c) => SaveAsync(j, observer, c);
        job = await save(job with { Status = JobStatus.Running }, ct);
        foreach (var index in job.Steps.Where(s => !s.IsDone).Select(s => s.Index).ToList())
        {
            var step = job.Steps.Single(s => s.Index == index) with
            {
                Status = StepStatus.Running, Error = null, ErrorCode = null, WaitingFor = null, CheckAgainAt = null,
            };
            job = await save(job.With(step), ct);
            StepOutcome outcome;
            using var measured = telemetry?.StartStep(job, step);
            try
            {
                outcome = await execute(new StepContext(job, step, secrets ?? NoSecrets), ct);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                var code = e switch { Iam.IamException iam => iam.Code, JobStepRefusedException refused => refused.Code, _ => e.GetType().Name };
                outcome = StepOutcome.Failed(code, Iam.IamErrorMessages.Describe(e));
            }
            measured?.End(outcome);
            switch (outcome.Kind)
            {
                case StepOutcomeKind.Done:
                    job = await save(job.With(step with { Status = StepStatus.Succeeded, Output = outcome.Output, CompletedAt = time.GetUtcNow() }), ct);
                    break;
                case StepOutcomeKind.Waiting:
                    var waiting = step with { Status = StepStatus.Waiting, WaitingFor = outcome.Reason, CheckAgainAt = outcome.CheckAgainAt };
                    return await save(job.With(waiting) with { Status = JobStatus.Waiting }, CancellationToken.None);
                default:
                    var failed = step with { Status = StepStatus.Failed, Error = outcome.Reason, ErrorCode = outcome.ErrorCode };
                    return await save(job.With(failed) with { Status = JobStatus.Failed }, CancellationToken.None);
            }
        }
        return await save(job with { Status = JobStatus.Succeeded }, ct);
    }

    /// <summary>Journals a change made outside a run (abandoned, cancelled, rolled back, approved) and tells every listener.</summary>
    public Task<Job> SaveAsync(Job job, CancellationToken ct = default) => SaveAsync(job, null, ct);

    /// <summary>Tells every listener of a change already journaled.</summary>
    public void Publish(Job job) => progress.Publish(job);

    private async Task<Job> SaveAsync(Job job, IProgress<Job>? observer, CancellationToken ct)
    {
        job = job with { UpdatedAt = time.GetUtcNow() };
        await store.SaveAsync(job, ct);
        observer?.Report(job);
        progress.Publish(job);
        return job;
    }
}

/// <summary>Live progress: the runner publishes every change, pages follow the jobs they show (Web's LiveJobs).</summary>
public sealed class JobProgress
{
    public event Action<Job>? Changed;

    public void Publish(Job job) => Changed?.Invoke(job);
}
