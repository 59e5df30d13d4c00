using System.Runtime.CompilerServices;
using IamPortal.Application.Audit;

namespace IamPortal.Application.Tests.Fakes;

/// <summary>An in-memory audit log with the real hash chain, for rule tests.</summary>
public sealed class MemoryAuditLog : IAuditLog
{
    public List<AuditEntry> Entries { get; } = [];

    public Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken ct = default)
    {
        lock (Entries)
        {
            var sequence = Entries.Count + 1L;
            var previous = Entries.LastOrDefault()?.Hash ?? AuditHasher.GenesisHash;
            var entry = new AuditEntry(sequence, record, previous, AuditHasher.Compute(sequence, record, previous));
            Entries.Add(entry);
            return Task.FromResult(entry);
        }
    }

    public Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken ct = default) =>
        Task.FromResult(new AuditPage(Entries.AsEnumerable().Reverse().Skip(query.Page * query.PageSize).Take(query.PageSize).ToList(), Entries.Count));

    public async IAsyncEnumerable<AuditEntry> StreamAsync(AuditQuery query, [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var e in Entries.ToList()) yield return e;
        await Task.CompletedTask;
    }

    public IAsyncEnumerable<AuditEntry> StreamChainAsync(CancellationToken ct = default) => StreamAsync(new AuditQuery(), ct);
}
