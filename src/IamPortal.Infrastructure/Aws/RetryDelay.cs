namespace IamPortal.Infrastructure.Aws;

/// <summary>Exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter").</summary>
internal static class RetryDelay
{
    /// <summary>A random delay in [0, min(maxMs, baseMs·2^retryIndex)]; <paramref name="retryIndex"/> is 0 for the first retry.</summary>
    public static TimeSpan FullJitter(int retryIndex, int baseMs, int maxMs, Random? random = null)
    {
        var ceiling = Math.Min(maxMs, baseMs * Math.Pow(2, Math.Min(retryIndex, 30)));
        return TimeSpan.FromMilliseconds((random ?? Random.Shared).NextDouble() * ceiling);
    }
}
