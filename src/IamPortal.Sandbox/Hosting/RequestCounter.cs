using System.Collections.Concurrent;

namespace IamPortal.Sandbox.Hosting;

/// <summary>Requests received per Action (including the ones answered with an error).</summary>
public sealed class RequestCounter
{
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);
    private long _total;

    public void Increment(string action)
    {
        _counts.AddOrUpdate(action, 1, (_, n) => n + 1);
        Interlocked.Increment(ref _total);
    }

    public IReadOnlyDictionary<string, long> Snapshot() =>
        new SortedDictionary<string, long>(_counts.ToDictionary(kv => kv.Key, kv => kv.Value), StringComparer.Ordinal);

    public long Total => Interlocked.Read(ref _total);

    public void Reset()
    {
        _counts.Clear();
        Interlocked.Exchange(ref _total, 0);
    }
}
