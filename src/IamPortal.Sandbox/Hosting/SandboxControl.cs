using IamPortal.Sandbox.Faults;
using IamPortal.Sandbox.Seed;
using IamPortal.Sandbox.State;

namespace IamPortal.Sandbox.Hosting;

internal sealed class SandboxControl(IamState state, RequestCounter counter, FaultInjector faults, StateStore store, TimeProvider time)
    : ISandboxControl
{
    public IReadOnlyDictionary<string, long> RequestCounts => counter.Snapshot();

    public long TotalRequests => counter.Total;

    public void ResetCounters() => counter.Reset();

    public SandboxFaults Faults
    {
        get => faults.Faults;
        set => faults.Faults = value;
    }

    public void FailNext(string action, string errorCode, int times = 1) => faults.FailNext(action, errorCode, times);

    public void FailAlways(string action, string errorCode, int? httpStatus = null) => faults.FailAlways(action, errorCode, httpStatus);

    public void StopFailing(string action) => faults.StopFailing(action);

    public IReadOnlyDictionary<string, SandboxFailure> FailingActions => faults.FailingActions;

    public void Reset(int users, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(users);
        lock (state.Sync) AccountSeeder.Seed(state, users, seed, time.GetUtcNow());
        store.ScheduleIfChanged();
    }

    public Task SaveAsync(CancellationToken ct = default) => store.SaveAsync(ct);
}
