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

    /// <summary>
    /// Makes every call of <paramref name="action"/> fail with the IAM error <paramref name="errorCode"/> until
    /// <see cref="StopFailing"/>: a role without that one permission (AccessDenied) or an endpoint that lacks the action
    /// (NotImplemented, 501). <paramref name="httpStatus"/> defaults to the status IAM uses for the code (400 when it has none).
    /// Replaces an earlier one for the action; <see cref="FailNext"/> failures queued for it are answered first.
    /// </summary>
    void FailAlways(string action, string errorCode, int? httpStatus = null);

    /// <summary>Ends <see cref="FailAlways"/> and drops queued <see cref="FailNext"/> failures for <paramref name="action"/>.</summary>
    void StopFailing(string action);

    /// <summary>The actions under <see cref="FailAlways"/> now, with their failure.</summary>
    IReadOnlyDictionary<string, SandboxFailure> FailingActions { get; }

    /// <summary>
    /// Wipes the management account and seeds it again with <paramref name="users"/> and <paramref name="seed"/>; with an
    /// organization, also reseeds every member from its options, ends every AssumeRole session and clears the event logs.
    /// </summary>
    void Reset(int users, int seed);

    /// <summary>The organization's accounts (only the management account without one), management first, with operator keys.</summary>
    IReadOnlyList<SandboxAccountInfo> Accounts { get; }

    /// <summary>The recorded mutating requests (IAM writes, AssumeRole) of an account, oldest first; unknown account → empty.</summary>
    IReadOnlyList<SandboxEvent> Events(string accountId);

    /// <summary>The IAM state of an account (lock <c>State.Sync</c> around any access); throws for an unknown account.</summary>
    State.IamState State(string accountId);

    /// <summary>Writes the state to the data file now (no-op when the sandbox is in memory only).</summary>
    Task SaveAsync(CancellationToken ct = default);
}
