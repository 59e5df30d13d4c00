namespace IamPortal.Sandbox;

/// <summary>In-process control of a running sandbox: counters, faults, reseeding and persistence.</summary>
public interface ISandboxControl
{
    /// <summary>Snapshot of the number of requests received per Action since the last reset.</summary>
    IReadOnlyDictionary<string, long> RequestCounts { get; }

    long TotalRequests { get; }

    void ResetCounters();

    SandboxFaults Faults { get; set; }

    /// <summary>Makes the next <paramref name="times"/> calls of <paramref name="action"/> fail with the IAM error <paramref name="errorCode"/>.</summary>
    void FailNext(string action, string errorCode, int times = 1);

    /// <summary>Wipes the account and seeds it again.</summary>
    void Reset(int users, int seed);

    /// <summary>Writes the state to the data file now (no-op when the sandbox is in memory only).</summary>
    Task SaveAsync(CancellationToken ct = default);
}
