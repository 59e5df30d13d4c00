using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using IamPortal.Application.Audit;
using Microsoft.EntityFrameworkCore;

namespace IamPortal.Infrastructure.Persistence;

/// <summary>
/// The audit trail in EF Core. Appends are serialised in this process and run in a transaction that reads the chain's
/// head and inserts the next sequence. On PostgreSQL the transaction first takes an advisory lock, so portal instances
/// beside each other append one at a time (ADR 0012); should two ever race for a sequence anyway (SQLite shared by two
/// processes), the primary key refuses the second and it retries, so the chain never forks.
/// </summary>
public sealed class EfAuditLog(IPortalDbContextFactory factory) : IAuditLog
{
    /// <summary>One append at a time in this instance (a singleton); instances beside it are serialised by the database.</summary>
    private readonly SemaphoreSlim _appendGate = new(1, 1);
    /// <summary>The advisory lock key that serialises appends across instances (any constant the portal alone uses).</summary>
    private const long ChainLock = 0x1A4_A0D17;

    public async Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken ct = default)
    {
        await _appendGate.WaitAsync(ct);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try { return await AppendOnceAsync(record, ct); }
                catch (DbUpdateException) when (attempt < 5) { await Task.Delay(20 * attempt, ct); }
            }
        }
        finally { _appendGate.Release(); }
    }

    private async Task<AuditEntry> AppendOnceAsync(AuditRecord record, CancellationToken ct)
    {
        await using var db = await factory.CreateAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({ChainLock})", ct);
        var head = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(ct);
        var sequence = (head?.Sequence ?? 0) + 1;
        var previous = head?.Hash ?? AuditHasher.GenesisHash;
        var normalised = FitColumns(db, record with { Timestamp = Truncate(record.Timestamp) });
        var entry = new AuditEntry(sequence, normalised, previous, AuditHasher.Compute(sequence, normalised, previous));
        db.AuditEntries.Add(ToEntity(entry));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return entry;
    }

    public async Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        var filtered = Filter(db.AuditEntries.AsNoTracking(), query);
        var total = await filtered.CountAsync(ct);
        var rows = await filtered.OrderByDescending(e => e.Sequence)
            .Skip(query.Page * query.PageSize).Take(query.PageSize).ToListAsync(ct);
        return new AuditPage(rows.Select(ToEntry).ToList(), total);
    }

    public async IAsyncEnumerable<AuditEntry> StreamAsync(AuditQuery query, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        await foreach (var row in Filter(db.AuditEntries.AsNoTracking(), query).OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
            yield return ToEntry(row);
    }

    public IAsyncEnumerable<AuditEntry> StreamChainAsync(CancellationToken ct = default) => StreamAsync(new AuditQuery(), ct);

    private static IQueryable<AuditEntryEntity> Filter(IQueryable<AuditEntryEntity> q, AuditQuery f)
    {
        if (!string.IsNullOrWhiteSpace(f.Operator))
        {
            var o = f.Operator.Trim().ToLower();
            q = q.Where(e => e.OperatorName.ToLower().Contains(o) || e.OperatorSubject.ToLower().Contains(o)
                             || (e.OperatorEmail != null && e.OperatorEmail.ToLower().Contains(o)));
        }
        if (f.AccountId is { } account) q = q.Where(e => e.AccountId == account);
        if (!string.IsNullOrWhiteSpace(f.Action)) { var a = f.Action.Trim().ToLower(); q = q.Where(e => e.Action.ToLower().Contains(a)); }
        if (!string.IsNullOrWhiteSpace(f.Target)) { var t = f.Target.Trim().ToLower(); q = q.Where(e => e.Target.ToLower().Contains(t)); }
        if (!string.IsNullOrWhiteSpace(f.Outcome)) q = q.Where(e => e.Outcome == f.Outcome);
        if (f.From is { } from) { var fromUtc = from.UtcDateTime; q = q.Where(e => e.TimestampUtc >= fromUtc); }
        if (f.To is { } to) { var toUtc = to.UtcDateTime; q = q.Where(e => e.TimestampUtc <= toUtc); }
        return q;
    }

    /// <summary>Microsecond precision survives every provider, so the hash computed now matches the row read later.</summary>
    private static DateTimeOffset Truncate(DateTimeOffset t) =>
        new(t.UtcTicks - t.UtcTicks % TimeSpan.TicksPerMicrosecond, TimeSpan.Zero);

    /// <summary>
    /// A value longer than its column (a bulk action's target names all its users) is shortened to fit, ending in "…",
    /// before it is hashed: PostgreSQL refuses it whole (SQLite would keep it), and the hash covers what is stored.
    /// </summary>
    private static AuditRecord FitColumns(PortalDbContext db, AuditRecord r)
    {
        var columns = db.Model.FindEntityType(typeof(AuditEntryEntity))!;
        [return: NotNullIfNotNull(nameof(value))]
        string? Fit(string? value, string property)
        {
            if (value is null || columns.FindProperty(property)!.GetMaxLength() is not { } max || value.Length <= max) return value;
            var cut = char.IsHighSurrogate(value[max - 2]) ? max - 2 : max - 1; // never half a surrogate pair
            return value[..cut] + "…";
        }
        return r with
        {
            OperatorSubject = Fit(r.OperatorSubject, nameof(AuditEntryEntity.OperatorSubject)),
            OperatorName = Fit(r.OperatorName, nameof(AuditEntryEntity.OperatorName)),
            OperatorEmail = Fit(r.OperatorEmail, nameof(AuditEntryEntity.OperatorEmail)),
            Provider = Fit(r.Provider, nameof(AuditEntryEntity.Provider)),
            Role = Fit(r.Role, nameof(AuditEntryEntity.Role)),
            AccountId = Fit(r.AccountId, nameof(AuditEntryEntity.AccountId)),
            Action = Fit(r.Action, nameof(AuditEntryEntity.Action)),
            Target = Fit(r.Target, nameof(AuditEntryEntity.Target)),
            Outcome = Fit(r.Outcome, nameof(AuditEntryEntity.Outcome)),
            CorrelationId = Fit(r.CorrelationId, nameof(AuditEntryEntity.CorrelationId)),
        };
    }

    private static AuditEntryEntity ToEntity(AuditEntry e) => new()
    {
        Sequence = e.Sequence, TimestampUtc = e.Record.Timestamp.UtcDateTime, OperatorSubject = e.Record.OperatorSubject,
        OperatorName = e.Record.OperatorName, OperatorEmail = e.Record.OperatorEmail, Provider = e.Record.Provider,
        Role = e.Record.Role, AccountId = e.Record.AccountId, Action = e.Record.Action, Target = e.Record.Target,
        ParametersJson = e.Record.ParametersJson, Outcome = e.Record.Outcome, Error = e.Record.Error,
        CorrelationId = e.Record.CorrelationId, PreviousHash = e.PreviousHash, Hash = e.Hash,
    };

    private static AuditEntry ToEntry(AuditEntryEntity e) => new(e.Sequence,
        new AuditRecord(new DateTimeOffset(DateTime.SpecifyKind(e.TimestampUtc, DateTimeKind.Utc)), e.OperatorSubject, e.OperatorName,
            e.OperatorEmail, e.Provider, e.Role, e.AccountId, e.Action, e.Target, e.ParametersJson, e.Outcome, e.Error, e.CorrelationId),
        e.PreviousHash, e.Hash);
}
