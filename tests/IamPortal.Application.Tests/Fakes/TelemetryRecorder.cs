using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace IamPortal.Application.Tests.Fakes;

/// <summary>
/// What one test's meters and spans recorded: the measurements of instruments made by its own <see cref="IMeterFactory"/>
/// (so tests running in parallel never see each other's), and the spans of the named sources in the trace this
/// recorder starts on the test's flow. Shared with the Infrastructure tests as a linked file.
/// </summary>
public sealed class TelemetryRecorder : IDisposable
{
    private readonly OwnMeterFactory? _ownFactory;
    private readonly MeterListener _meters = new();
    private readonly ActivityListener _spans;
    private readonly Activity _root;
    private readonly ConcurrentQueue<Measurement> _measurements = new();
    private readonly ConcurrentQueue<Activity> _stopped = new();

    public sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags)
    {
        public object? this[string tag] => Tags.GetValueOrDefault(tag);
    }

    /// <param name="factory">The factory the code under test uses; a new one (see <see cref="Factory"/>) when null.</param>
    /// <param name="sources">The ActivitySource names whose spans to keep.</param>
    public TelemetryRecorder(IMeterFactory? factory, params string[] sources)
    {
        Factory = factory ?? (_ownFactory = new OwnMeterFactory());
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Scope == Factory) listener.EnableMeasurementEvents(instrument);
        };
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _meters.Start();

        _root = new Activity("test").SetIdFormat(ActivityIdFormat.W3C).Start();
        var trace = _root.TraceId;
        _spans = new ActivityListener
        {
            ShouldListenTo = source => sources.Contains(source.Name),
            Sample = (ref ActivityCreationOptions<ActivityContext> options) =>
                options.TraceId == trace ? ActivitySamplingResult.AllDataAndRecorded : ActivitySamplingResult.None,
            ActivityStopped = activity => { if (activity.TraceId == trace) _stopped.Enqueue(activity); },
        };
        ActivitySource.AddActivityListener(_spans);
    }

    public IMeterFactory Factory { get; }

    public IReadOnlyList<Measurement> Of(string instrument) => _measurements.Where(m => m.Instrument == instrument).ToList();

    /// <summary>The spans that ended, in the order they ended.</summary>
    public IReadOnlyList<Activity> Spans => _stopped.ToList();

    private void Add<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags) where T : struct
    {
        var copy = new Dictionary<string, object?>();
        foreach (var (key, tagValue) in tags) copy[key] = tagValue;
        _measurements.Enqueue(new Measurement(instrument.Name, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), copy));
    }

    public void Dispose()
    {
        _meters.Dispose();
        _spans.Dispose();
        _root.Stop();
        _ownFactory?.Dispose();
    }

    private sealed class OwnMeterFactory : IMeterFactory
    {
        private readonly ConcurrentBag<Meter> _meters = [];

        public Meter Create(MeterOptions options)
        {
            var meter = new Meter(new MeterOptions(options.Name) { Version = options.Version, Tags = options.Tags, Scope = this });
            _meters.Add(meter);
            return meter;
        }

        public void Dispose()
        {
            foreach (var meter in _meters) meter.Dispose();
        }
    }
}
