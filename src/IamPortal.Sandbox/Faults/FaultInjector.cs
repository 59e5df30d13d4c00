using IamPortal.Sandbox.Protocol;

namespace IamPortal.Sandbox.Faults;

/// <summary>Random and scripted failures: throttling and server-error rates, added latency, FailNext and FailAlways.</summary>
public sealed class FaultInjector
{
    private readonly Lock _sync = new();
    private readonly Dictionary<string, Queue<string>> _failNext = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SandboxFailure> _failAlways = new(StringComparer.Ordinal);
    private readonly Random _random = new();
    private volatile SandboxFaults _faults = new();

    public SandboxFaults Faults
    {
        get => _faults;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.ThrottleRate is < 0 or > 1 || value.ServerErrorRate is < 0 or > 1 || value.LatencyMs < 0)
                throw new ArgumentOutOfRangeException(nameof(value), "Rates must be within 0..1 and latency non-negative.");
            _faults = value;
        }
    }

    public void FailNext(string action, string errorCode, int times)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(errorCode);
        lock (_sync)
        {
            if (!_failNext.TryGetValue(action, out var queue)) _failNext[action] = queue = new Queue<string>();
            for (var i = 0; i < times; i++) queue.Enqueue(errorCode);
        }
    }

    public void FailAlways(string action, string errorCode, int? httpStatus)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(errorCode);
        if (httpStatus is < 400 or > 599)
            throw new ArgumentOutOfRangeException(nameof(httpStatus), httpStatus, "An error's HTTP status is within 400..599.");
        lock (_sync) _failAlways[action] = new SandboxFailure(errorCode, httpStatus ?? IamException.StatusFor(errorCode));
    }

    public void StopFailing(string action)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        lock (_sync)
        {
            _failAlways.Remove(action);
            _failNext.Remove(action);
        }
    }

    public IReadOnlyDictionary<string, SandboxFailure> FailingActions
    {
        get
        {
            lock (_sync) return new Dictionary<string, SandboxFailure>(_failAlways, StringComparer.Ordinal);
        }
    }

    public void Clear()
    {
        lock (_sync)
        {
            _failNext.Clear();
            _failAlways.Clear();
        }
        _faults = new SandboxFaults();
    }

    public int LatencyFor(string action)
    {
        var f = _faults;
        return f.LatencyMs > 0 && Applies(f, action) ? f.LatencyMs : 0;
    }

    /// <summary>The fault to answer instead of running the action, if any (scripted failures first).</summary>
    public IamException? Next(string action)
    {
        lock (_sync)
        {
            if (_failNext.TryGetValue(action, out var queue) && queue.TryDequeue(out var code))
            {
                if (queue.Count == 0) _failNext.Remove(action);
                return Injected(action, code);
            }
            if (_failAlways.TryGetValue(action, out var always)) return Injected(action, always.Code, always.HttpStatus);
            var f = _faults;
            if (!Applies(f, action)) return null;
            if (f.ThrottleRate > 0 && _random.NextDouble() < f.ThrottleRate)
                return new IamException("Throttling", "Rate exceeded");
            if (f.ServerErrorRate > 0 && _random.NextDouble() < f.ServerErrorRate)
                return new IamException("ServiceFailure", "Service failure (injected by the sandbox).");
            return null;
        }
    }

    private static IamException Injected(string action, string code, int? status = null) =>
        new(code, $"Injected failure ({code}) for {action}.", status);

    private static bool Applies(SandboxFaults f, string action) =>
        f.Actions is not { Count: > 0 } || f.Actions.Contains(action, StringComparer.Ordinal);
}
