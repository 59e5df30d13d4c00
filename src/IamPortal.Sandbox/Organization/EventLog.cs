namespace IamPortal.Sandbox.Organization;

/// <summary>The last <see cref="Capacity"/> recorded events of one account, oldest first (thread-safe).</summary>
public sealed class EventLog
{
    public const int Capacity = 10_000;

    private readonly Lock _sync = new();
    private readonly Queue<SandboxEvent> _events = new();

    public void Add(SandboxEvent e)
    {
        lock (_sync)
        {
            _events.Enqueue(e);
            while (_events.Count > Capacity) _events.Dequeue();
        }
    }

    public IReadOnlyList<SandboxEvent> Snapshot()
    {
        lock (_sync) return [.. _events];
    }

    public void Clear()
    {
        lock (_sync) _events.Clear();
    }
}
