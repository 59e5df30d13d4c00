namespace IamPortal.Application.Telemetry;

/// <summary>
/// Counts the IAM requests (every attempt, retries included) made on one async flow and the tasks it starts, for work
/// that reports what it cost in IAM calls (an inventory build). The IAM client calls <see cref="Add"/> for each request
/// it sends; outside a count it does nothing.
/// </summary>
public sealed class IamCallCount
{
    private static readonly AsyncLocal<IamCallCount?> Current = new();
    private int _requests;

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>
    /// Starts counting on the calling flow. Call it from an async method: the count ends when that method returns
    /// (its caller's flow is left as it was).
    /// </summary>
    public static IamCallCount Start() => Current.Value = new IamCallCount();

    /// <summary>One IAM request sent.</summary>
    public static void Add()
    {
        if (Current.Value is { } count) Interlocked.Increment(ref count._requests);
    }
}
