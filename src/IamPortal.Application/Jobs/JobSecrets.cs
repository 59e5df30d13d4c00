using System.Collections.Concurrent;

namespace IamPortal.Application.Jobs;

/// <summary>
/// The one way a job step hands a shown-once secret (a new access key's secret, a generated password) to the circuit
/// that started the job, and the circuit hands a secret to a step. Scoped: one instance per circuit, so the secret is
/// only in that operator's memory. It is never part of a <see cref="Job"/>, so it never reaches the journal; the audit
/// log and the logs get <see cref="ToString"/>, which shows nothing. A job resumed by another circuit (or after a
/// restart) finds nothing here and says the credential must be re-issued.
/// </summary>
public sealed class JobSecrets
{
    private readonly ConcurrentDictionary<(Guid JobId, Type Type), object> _held = new();
    private readonly ConcurrentDictionary<Guid, byte> _started = new();

    /// <summary>Marks the job as started by this circuit: its secrets, if any, are here.</summary>
    public void Open(Guid jobId) => _started.TryAdd(jobId, 0);

    /// <summary>True when this circuit started the job, so a step that makes a secret can show it here.</summary>
    public bool IsOpen(Guid jobId) => _started.ContainsKey(jobId);

    public void Hand<T>(Guid jobId, T secret) where T : class => _held[(jobId, typeof(T))] = secret;

    public T? Peek<T>(Guid jobId) where T : class => _held.TryGetValue((jobId, typeof(T)), out var s) ? (T)s : null;

    /// <summary>The secret, removed: it is shown once.</summary>
    public T? Take<T>(Guid jobId) where T : class => _held.TryRemove((jobId, typeof(T)), out var s) ? (T)s : null;

    /// <summary>Forgets everything of the job (finished, rolled back or abandoned).</summary>
    public void Forget(Guid jobId)
    {
        _started.TryRemove(jobId, out _);
        foreach (var key in _held.Keys.Where(k => k.JobId == jobId)) _held.TryRemove(key, out _);
    }

    public override string ToString() => "JobSecrets { *** }";
}
