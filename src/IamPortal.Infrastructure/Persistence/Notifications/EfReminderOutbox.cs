using System.Text.Json;
using IamPortal.Application.Notifications;
using Microsoft.EntityFrameworkCore;

namespace IamPortal.Infrastructure.Persistence.Notifications;

/// <summary>
/// The reminder outbox in the portal's database. A claim is one conditional UPDATE per row (still pending and due, or
/// claimed by an instance whose claim has expired), atomic in SQLite and PostgreSQL, so with several instances each
/// reminder is claimed by exactly one; the unique index on (campaign, reviewer, kind, channel) makes queuing idempotent.
/// </summary>
public sealed class EfReminderOutbox(IPortalDbContextFactory factory, TimeProvider time) : IReminderOutbox
{
    private const ReminderDeliveryStatus Pending = ReminderDeliveryStatus.Pending;
    private const ReminderDeliveryStatus Sending = ReminderDeliveryStatus.Sending;

    public async Task<int> AddAsync(IReadOnlyList<OutboxReminder> reminders, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var rows = reminders.Select(r => ToEntity(r, now)).DistinctBy(Key).ToList();
        if (rows.Count == 0) return 0;
        var campaigns = rows.Select(r => r.CampaignId).Distinct().ToList();
        await using var db = await factory.CreateAsync(ct);
        var existing = (await db.Set<ReminderOutboxEntity>().AsNoTracking().Where(x => campaigns.Contains(x.CampaignId))
                .Select(x => new { x.CampaignId, x.ReviewerSubject, x.Kind, x.Channel }).ToListAsync(ct))
            .Select(x => (x.CampaignId, x.ReviewerSubject, x.Kind, x.Channel)).ToHashSet();
        var fresh = rows.Where(r => !existing.Contains(Key(r))).ToList();
        if (fresh.Count == 0) return 0;
        db.Set<ReminderOutboxEntity>().AddRange(fresh);
        try
        {
            await db.SaveChangesAsync(ct);
            return fresh.Count;
        }
        catch (DbUpdateException)
        {
            // Another instance queued some of them meanwhile: add one by one, each conflict being one already queued.
            return await AddOneByOneAsync(fresh, ct);
        }
    }

    public async Task<IReadOnlyList<ClaimedReminder>> ClaimDueAsync(string holder, DateTimeOffset now, TimeSpan claimFor, int max, CancellationToken ct = default)
    {
        var at = now.UtcDateTime;
        var until = at + claimFor;
        await using var db = await factory.CreateAsync(ct);
        var set = db.Set<ReminderOutboxEntity>();
        var candidates = await set.AsNoTracking()
            .Where(x => (x.Status == Pending && x.NextAttemptAtUtc <= at) || (x.Status == Sending && x.ClaimedUntilUtc <= at))
            .OrderBy(x => x.NextAttemptAtUtc).Select(x => x.Id).Take(max).ToListAsync(ct);
        var claimed = new List<ClaimedReminder>(candidates.Count);
        foreach (var id in candidates)
        {
            var won = await set
                .Where(x => x.Id == id && ((x.Status == Pending && x.NextAttemptAtUtc <= at) || (x.Status == Sending && x.ClaimedUntilUtc <= at)))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(x => x.Status, Sending)
                    .SetProperty(x => x.ClaimedBy, holder)
                    .SetProperty(x => x.ClaimedUntilUtc, until)
                    .SetProperty(x => x.Attempts, x => x.Attempts + 1), ct);
            if (won != 1) continue; // another instance claimed it between the read and the update
            var row = await set.AsNoTracking().SingleAsync(x => x.Id == id, ct);
            claimed.Add(new ClaimedReminder(row.Id, row.Channel, FromJson(row.ReminderJson), row.Attempts));
        }
        return claimed;
    }

    public async Task MarkSentAsync(Guid id, string holder, DateTimeOffset at, CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        await Mine(db, id, holder).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Status, ReminderDeliveryStatus.Sent)
            .SetProperty(x => x.SentAtUtc, at.UtcDateTime)
            .SetProperty(x => x.ClaimedBy, (string?)null)
            .SetProperty(x => x.ClaimedUntilUtc, (DateTime?)null)
            .SetProperty(x => x.LastError, (string?)null), ct);
    }

    public async Task MarkRetryAsync(Guid id, string holder, DateTimeOffset nextAttemptAt, string error, CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        await Mine(db, id, holder).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Status, Pending)
            .SetProperty(x => x.NextAttemptAtUtc, nextAttemptAt.UtcDateTime)
            .SetProperty(x => x.ClaimedBy, (string?)null)
            .SetProperty(x => x.ClaimedUntilUtc, (DateTime?)null)
            .SetProperty(x => x.LastError, Truncate(error)), ct);
    }

    public async Task MarkFailedAsync(Guid id, string holder, DateTimeOffset at, string error, CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        await Mine(db, id, holder).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Status, ReminderDeliveryStatus.Failed)
            .SetProperty(x => x.NextAttemptAtUtc, at.UtcDateTime)
            .SetProperty(x => x.ClaimedBy, (string?)null)
            .SetProperty(x => x.ClaimedUntilUtc, (DateTime?)null)
            .SetProperty(x => x.LastError, Truncate(error)), ct);
    }

    public async Task<IReadOnlyList<ReminderDeliveryCount>> CountAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        var counts = await db.Set<ReminderOutboxEntity>().AsNoTracking()
            .GroupBy(x => new { x.Channel, x.Status })
            .Select(g => new { g.Key.Channel, g.Key.Status, Count = g.Count() })
            .ToListAsync(ct);
        return counts.Select(c => new ReminderDeliveryCount(c.Channel, c.Status, c.Count))
            .OrderBy(c => c.Channel).ThenBy(c => c.Status).ToList();
    }

    private static IQueryable<ReminderOutboxEntity> Mine(PortalDbContext db, Guid id, string holder) =>
        db.Set<ReminderOutboxEntity>().Where(x => x.Id == id && x.Status == Sending && x.ClaimedBy == holder);

    private async Task<int> AddOneByOneAsync(IEnumerable<ReminderOutboxEntity> rows, CancellationToken ct)
    {
        var added = 0;
        foreach (var row in rows)
        {
            await using var db = await factory.CreateAsync(ct);
            db.Set<ReminderOutboxEntity>().Add(row);
            try
            {
                await db.SaveChangesAsync(ct);
                added++;
            }
            catch (DbUpdateException)
            {
                // already queued by someone else: the dedupe working as meant
            }
        }
        return added;
    }

    private static (Guid, string, ReviewReminderKind, ReminderChannel) Key(ReminderOutboxEntity e) =>
        (e.CampaignId, e.ReviewerSubject, e.Kind, e.Channel);

    private static ReminderOutboxEntity ToEntity(OutboxReminder o, DateTime now) => new()
    {
        Id = Guid.NewGuid(),
        CampaignId = o.Reminder.CampaignId,
        ReviewerSubject = ReviewerKey(o.Reminder.Reviewer),
        Kind = o.Reminder.Kind,
        Channel = o.Channel,
        Status = o.Status,
        AccountId = o.Reminder.AccountId,
        ReminderJson = JsonSerializer.Serialize(o.Reminder),
        CreatedAtUtc = now,
        NextAttemptAtUtc = now,
        LastError = o.Note,
    };

    /// <summary>The reviewer's sign-in subject, or their email when the scheduler knows no subject.</summary>
    internal static string ReviewerKey(ReminderRecipient r) => string.IsNullOrWhiteSpace(r.Subject) ? r.Email.ToLowerInvariant() : r.Subject;

    private static ReviewReminder FromJson(string json) =>
        JsonSerializer.Deserialize<ReviewReminder>(json) ?? throw new InvalidOperationException("An outbox row holds no reminder.");

    private static string Truncate(string s) => s.Length <= 2000 ? s : s[..2000];
}
