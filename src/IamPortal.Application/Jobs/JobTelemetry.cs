using System.Diagnostics;
using System.Diagnostics.Metrics;
using IamPortal.Application.Telemetry;

namespace IamPortal.Application.Jobs;

/// <summary>
/// The job runner's meter and spans (README "Telemetry"): every step run is counted and timed by job kind, step kind
/// and outcome (done, waiting, failed; cancelled when the run itself was stopped), inside a span of its own, so the
/// IAM calls a step makes show as that step's children.
/// </summary>
public sealed class JobTelemetry
{
    public const string Name = "IamPortal.Jobs";
    public const string StepsMetric = "iamportal.job.steps";
    public const string StepDurationMetric = "iamportal.job.step.duration";
    public const string JobKind = "job.kind";
    public const string StepKind = "step.kind";

    public static readonly ActivitySource Source = new(Name);

    private readonly Counter<long> _steps;
    private readonly Histogram<double> _duration;

    public JobTelemetry(IMeterFactory meters)
    {
        var meter = meters.Create(Name);
        _steps = meter.CreateCounter<long>(StepsMetric, "{step}", "Job steps run, by job kind, step kind and outcome.");
        _duration = meter.CreateHistogram<double>(StepDurationMetric, "s", "How long one job step ran.",
            advice: TelemetryTags.DurationAdvice);
    }

    /// <summary>Starts the step's span and clock; <see cref="StepRun.End"/> records the outcome.</summary>
    public StepRun StartStep(Job job, JobStep step) => new(this, job, step);

    /// <summary>One step run being measured. Disposed without <see cref="End"/>, it counts as cancelled.</summary>
    public sealed class StepRun : IDisposable
    {
        private readonly JobTelemetry _telemetry;
        private readonly long _started = Stopwatch.GetTimestamp();
        private readonly Activity? _activity;
        private TagList _tags;
        private bool _ended;

        internal StepRun(JobTelemetry telemetry, Job job, JobStep step)
        {
            _telemetry = telemetry;
            _tags = new TagList { { JobKind, job.Kind }, { StepKind, step.Kind } };
            _activity = Source.StartActivity($"{job.Kind} {step.Kind}");
            _activity?.SetTag(JobKind, job.Kind).SetTag(StepKind, step.Kind).SetTag("job.id", job.Id).SetTag("step.index", step.Index);
        }

        public void End(StepOutcome outcome) =>
            Record(outcome.Kind.ToString().ToLowerInvariant(), outcome.Kind == StepOutcomeKind.Failed ? outcome.ErrorCode ?? "unknown" : null);

        public void Dispose() => Record(TelemetryTags.Cancelled, null);

        private void Record(string outcome, string? errorType)
        {
            if (_ended) return;
            _ended = true;
            _tags.Add(TelemetryTags.Outcome, outcome);
            if (errorType is not null) _tags.Add(TelemetryTags.ErrorType, errorType);
            _telemetry._steps.Add(1, _tags);
            _telemetry._duration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, _tags);
            if (_activity is null) return;
            _activity.SetTag(TelemetryTags.Outcome, outcome).SetTag(TelemetryTags.ErrorType, errorType);
            if (errorType is not null) _activity.SetStatus(ActivityStatusCode.Error, errorType);
            _activity.Dispose();
        }
    }
}
