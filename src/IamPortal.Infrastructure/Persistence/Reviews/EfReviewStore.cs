using System.Text.Json;
using System.Text.Json.Serialization;
using IamPortal.Application.Reviews;
using Microsoft.EntityFrameworkCore;

namespace IamPortal.Infrastructure.Persistence.Reviews;

/// <summary>
/// Access-review data in the portal's database. Campaigns and item snapshots are stored as JSON beside the columns the
/// scheduler and the pages filter on; decisions are rows of their own (append-only history, the highest sequence wins).
/// </summary>
public sealed class EfReviewStore(IPortalDbContextFactory factory) : IReviewStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<ReviewerIdentity>>> ListOwnersAsync(string accountId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        var rows = await db.Set<GroupOwnerEntity>().AsNoTracking().Where(x => x.AccountId == accountId).ToListAsync(ct);
        return rows.GroupBy(r => r.GroupName, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ReviewerIdentity>)g.Select(ToIdentity).OrderBy(o => o.DisplayName).ToList(), StringComparer.OrdinalIgnoreCase);
    }

    public async Task<IReadOnlyList<ReviewerIdentity>> GetOwnersAsync(string accountId, string groupName, CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        var rows = await db.Set<GroupOwnerEntity>().AsNoTracking().Where(x => x.AccountId == accountId && x.GroupName == groupName).ToListAsync(ct);
        return rows.Select(ToIdentity).OrderBy(o => o.DisplayName).ToList();
    }

    public async Task SetOwnersAsync(string accountId, string groupName, IReadOnlyList<ReviewerIdentity> owners, CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        var set = db.Set<GroupOwnerEntity>();
        set.RemoveRange(await set.Where(x => x.AccountId == accountId && x.GroupName == groupName).ToListAsync(ct));
        set.AddRange(owners.DistinctBy(o => o.Subject).Select(o => new GroupOwnerEntity
        {
            AccountId = accountId, GroupName = groupName, Subject = o.Subject, Email = o.Email, DisplayName = o.DisplayName,
        }));
        await db.SaveChangesAsync(ct);
    }

    public async Task<ReviewerIdentity?> GetFallbackReviewerAsync(string accountId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        var row = await db.Set<FallbackReviewerEntity>().AsNoTracking().SingleOrDefaultAsync(x => x.AccountId == accountId, ct);
        return row is null ? null : new ReviewerIdentity(row.Subject, row.Email, row.DisplayName);
    }

    public async Task SetFallbackReviewerAsync(string accountId, ReviewerIdentity? reviewer, CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        var set = db.Set<FallbackReviewerEntity>();
        var row = await set.SingleOrDefaultAsync(x => x.AccountId == accountId, ct);
        if (reviewer is null)
        {
            if (row is not null) set.Remove(row);
        }
        else
        {
            if (row is null) set.Add(row = new FallbackReviewerEntity { AccountId = accountId });
            (row.Subject, row.Email, row.DisplayName) = (reviewer.Subject, reviewer.Email, reviewer.DisplayName);
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task RecordSignInAsync(string subject, string email, string displayName, DateTimeOffset at, CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        var set = db.Set<KnownOperatorEntity>();
        var row = await set.SingleOrDefaultAsync(x => x.Subject == subject, ct);
        if (row is null) set.Add(row = new KnownOperatorEntity { Subject = subject, FirstSignInUtc = at.UtcDateTime });
        (row.Email, row.DisplayName, row.LastSignInUtc) = (email, displayName, at.UtcDateTime);
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<KnownOperator>> ListOperatorsAsync(string? search, int take, CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        var rows = await db.Set<KnownOperatorEntity>().AsNoTracking().ToListAsync(ct);
        return rows
            .Where(r => string.IsNullOrWhiteSpace(search)
                        || r.Email.Contains(search.Trim(), StringComparison.OrdinalIgnoreCase)
                        || r.DisplayName.Contains(search.Trim(), StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(r => r.LastSignInUtc).Take(take)
            .Select(r => new KnownOperator(r.Subject, r.Email, r.DisplayName, Utc(r.FirstSignInUtc), Utc(r.LastSignInUtc)))
            .ToList();
    }

    public async Task SaveCampaignAsync(ReviewCampaign campaign, CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        var set = db.Set<ReviewCampaignEntity>();
        var row = await set.SingleOrDefaultAsync(x => x.Id == campaign.Id, ct);
        if (row is null) set.Add(row = new ReviewCampaignEntity { Id = campaign.Id });
        row.AccountId = campaign.AccountId;
        row.State = campaign.State.ToString();
        row.StartAtUtc = campaign.StartAt.UtcDateTime;
        row.DueAtUtc = campaign.DueAt.UtcDateTime;
        row.CreatedAtUtc = campaign.CreatedAt.UtcDateTime;
        row.Json = JsonSerializer.Serialize(campaign, Json);
        await db.SaveChangesAsync(ct);
    }

    public async Task<ReviewCampaign?> GetCampaignAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        var row = await db.Set<ReviewCampaignEntity>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        return row is null ? null : JsonSerializer.Deserialize<ReviewCampaign>(row.Json, Json);
    }

    public async Task<IReadOnlyList<ReviewCampaign>> ListCampaignsAsync(string? accountId, IReadOnlyCollection<CampaignState>? states = null, CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        var query = db.Set<ReviewCampaignEntity>().AsNoTracking();
        if (accountId is not null) query = query.Where(x => x.AccountId == accountId);
        if (states is { Count: > 0 })
        {
            var names = states.Select(s => s.ToString()).ToList();
            query = query.Where(x => names.Contains(x.State));
        }
        var rows = await query.ToListAsync(ct);
        return rows.OrderByDescending(r => r.CreatedAtUtc).Select(r => JsonSerializer.Deserialize<ReviewCampaign>(r.Json, Json)!).ToList();
    }

    public async Task AddItemsAsync(IReadOnlyList<ReviewItem> items, CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        db.Set<ReviewItemEntity>().AddRange(items.Select(i => new ReviewItemEntity
        {
            Id = i.Id, CampaignId = i.CampaignId, GroupName = i.GroupName, UserName = i.UserName,
            SnapshotJson = JsonSerializer.Serialize(i with { Decision = null }, Json),
            ApplyResult = i.ApplyResult.ToString(),
        }));
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<ReviewItem>> ListItemsAsync(Guid campaignId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        var rows = await db.Set<ReviewItemEntity>().AsNoTracking().Where(x => x.CampaignId == campaignId).ToListAsync(ct);
        var decisions = await db.Set<ReviewDecisionEntity>().AsNoTracking().Where(x => x.CampaignId == campaignId).ToListAsync(ct);
        var last = decisions.GroupBy(d => d.ItemId).ToDictionary(g => g.Key, g => ToDecision(g.MaxBy(d => d.Sequence)!));
        return rows.Select(r => ToItem(r, last.GetValueOrDefault(r.Id)))
            .OrderBy(i => i.GroupName, StringComparer.OrdinalIgnoreCase).ThenBy(i => i.UserName, StringComparer.OrdinalIgnoreCase).ToList();
    }

    public async Task UpdateOutcomesAsync(IReadOnlyList<ReviewItem> items, CancellationToken ct = default)
    {
        if (items.Count == 0) return;
        await using var db = await factory.CreateAsync(ct);
        var ids = items.Select(i => i.Id).ToList();
        var rows = await db.Set<ReviewItemEntity>().Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, ct);
        foreach (var item in items)
        {
            if (!rows.TryGetValue(item.Id, out var row)) continue;
            row.FinalVerdict = item.FinalVerdict?.ToString();
            row.DecidedByDefault = item.DecidedByDefault;
            row.ApplyResult = item.ApplyResult.ToString();
            row.ApplyError = item.ApplyError;
            row.AppliedBy = item.AppliedBy;
            row.AppliedAtUtc = item.AppliedAt?.UtcDateTime;
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task AddDecisionsAsync(Guid campaignId, IReadOnlyList<ReviewDecision> decisions, CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        db.Set<ReviewDecisionEntity>().AddRange(decisions.Select(d => new ReviewDecisionEntity
        {
            Id = d.Id, ItemId = d.ItemId, CampaignId = campaignId, Verdict = d.Verdict.ToString(), Justification = d.Justification,
            DecidedBySubject = d.DecidedBySubject, DecidedByName = d.DecidedByName, DecidedAtUtc = d.DecidedAt.UtcDateTime,
            FromRecommendation = d.FromRecommendation,
        }));
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<ReviewDecision>> ListDecisionsAsync(Guid itemId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        var rows = await db.Set<ReviewDecisionEntity>().AsNoTracking().Where(x => x.ItemId == itemId).OrderBy(x => x.Sequence).ToListAsync(ct);
        return rows.Select(ToDecision).ToList();
    }

    private static ReviewItem ToItem(ReviewItemEntity row, ReviewDecision? decision) =>
        JsonSerializer.Deserialize<ReviewItem>(row.SnapshotJson, Json)! with
        {
            Decision = decision,
            FinalVerdict = row.FinalVerdict is null ? null : Enum.Parse<ReviewVerdict>(row.FinalVerdict),
            DecidedByDefault = row.DecidedByDefault,
            ApplyResult = Enum.Parse<ApplyResult>(row.ApplyResult),
            ApplyError = row.ApplyError,
            AppliedBy = row.AppliedBy,
            AppliedAt = row.AppliedAtUtc is { } at ? Utc(at) : null,
        };

    private static ReviewDecision ToDecision(ReviewDecisionEntity d) =>
        new(d.Id, d.ItemId, Enum.Parse<ReviewVerdict>(d.Verdict), d.Justification, d.DecidedBySubject, d.DecidedByName, Utc(d.DecidedAtUtc), d.FromRecommendation);

    private static ReviewerIdentity ToIdentity(GroupOwnerEntity r) => new(r.Subject, r.Email, r.DisplayName);

    private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));
}
