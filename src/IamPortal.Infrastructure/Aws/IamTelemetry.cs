using System.Diagnostics;
using System.Diagnostics.Metrics;
using IamPortal.Application.Iam;
using IamPortal.Application.Telemetry;

namespace IamPortal.Infrastructure.Aws;

/// <summary>
/// The IAM client's meter and spans (README "Telemetry"). A call is what the portal asked for, its retries included:
/// one count, one duration and one client span per call, by IAM action and outcome (IAM's error code on failure).
/// Each retry and each throttled answer is counted on its own and is an event on the call's span.
/// </summary>
public sealed class IamTelemetry
{
    public const string Name = "IamPortal.Iam";
    public const string CallsMetric = "iamportal.iam.calls";
    public const string CallDurationMetric = "iamportal.iam.call.duration";
    public const string RetriesMetric = "iamportal.iam.retries";
    public const string ThrottlesMetric = "iamportal.iam.throttles";
    public const string Action = "iam.action";

    internal static readonly ActivitySource Source = new(Name);

    private readonly Counter<long> _calls;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _retries;
    private readonly Counter<long> _throttles;

    public IamTelemetry(IMeterFactory meters)
    {
        var meter = meters.Create(Name);
        _calls = meter.CreateCounter<long>(CallsMetric, "{call}", "IAM calls (retries included in their call), by action and outcome.");
        _duration = meter.CreateHistogram<double>(CallDurationMetric, "s", "How long an IAM call took, its retries and backoff included.",
            advice: TelemetryTags.DurationAdvice);
        _retries = meter.CreateCounter<long>(RetriesMetric, "{retry}", "IAM requests sent again after a transient failure, by action and error.");
        _throttles = meter.CreateCounter<long>(ThrottlesMetric, "{response}", "Throttling answers from IAM, by action and code.");
    }

    /// <param name="service">The AWS service on the span ("IAM"; "Organizations" for the Organizations client's calls).</param>
    internal Call StartCall(string action, string service = "IAM") => new(this, action, service);

    /// <summary>One IAM call being measured; the transport ends it with <see cref="Succeeded"/> or <see cref="Failed"/>.</summary>
    internal sealed class Call
    {
        private readonly IamTelemetry _telemetry;
        private readonly string _action;
        private readonly long _started = Stopwatch.GetTimestamp();
        private readonly Activity? _activity;

        public Call(IamTelemetry telemetry, string action, string service)
        {
            _telemetry = telemetry;
            _action = action;
            _activity = Source.StartActivity($"{service} {action}", ActivityKind.Client);
            _activity?.SetTag("rpc.system", "aws-api").SetTag("rpc.service", service).SetTag("rpc.method", action).SetTag(Action, action);
        }

        public int Attempts { get; private set; }

        /// <summary>One request sent (the first or a retry).</summary>
        public void Attempted()
        {
            Attempts++;
            IamCallCount.Add();
        }

        public void Throttled(string code) =>
            _telemetry._throttles.Add(1, new TagList { { Action, _action }, { TelemetryTags.ErrorType, code } });

        public void Retried(string errorType, TimeSpan delay)
        {
            _telemetry._retries.Add(1, new TagList { { Action, _action }, { TelemetryTags.ErrorType, errorType } });
            _activity?.AddEvent(new ActivityEvent("retry", tags: new ActivityTagsCollection
            {
                ["iam.attempt"] = Attempts, [TelemetryTags.ErrorType] = errorType, ["iam.retry_delay_ms"] = delay.TotalMilliseconds,
            }));
        }

        public void Succeeded(string? requestId)
        {
            _activity?.SetTag("aws.request_id", requestId);
            End(new TagList { { Action, _action }, { TelemetryTags.Outcome, TelemetryTags.Success } });
        }

        public void Failed(Exception e)
        {
            var errorType = TelemetryTags.ErrorTypeOf(e);
            _activity?.SetTag("aws.request_id", (e as IamException)?.RequestId).SetStatus(ActivityStatusCode.Error, errorType);
            End(new TagList { { Action, _action }, { TelemetryTags.Outcome, TelemetryTags.OutcomeOf(e) }, { TelemetryTags.ErrorType, errorType } });
        }

        private void End(TagList tags)
        {
            _telemetry._calls.Add(1, tags);
            _telemetry._duration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, tags);
            if (_activity is null) return;
            foreach (var tag in tags) _activity.SetTag(tag.Key, tag.Value);
            _activity.SetTag("iam.attempts", Attempts).Dispose();
        }
    }
}
