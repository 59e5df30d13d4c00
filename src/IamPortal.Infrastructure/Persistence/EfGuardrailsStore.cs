using System.Text.Json;
using IamPortal.Application.Guardrails;

namespace IamPortal.Infrastructure.Persistence;

/// <summary>The guardrails as one JSON setting; the defaults apply until an admin saves them.</summary>
public sealed class EfGuardrailsStore(IPortalDbContextFactory factory, TimeProvider time) : IGuardrailsStore
{
    private const string Key = "guardrails";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<Guardrails> GetAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        var row = await db.Settings.FindAsync([Key], ct);
        return row is null ? new Guardrails() : JsonSerializer.Deserialize<Guardrails>(row.Json, Json) ?? new Guardrails();
    }

    public async Task SaveAsync(Guardrails guardrails, CancellationToken ct = default)
    {
        await using var db = await factory.CreateAsync(ct);
        var row = await db.Settings.FindAsync([Key], ct);
        if (row is null) db.Settings.Add(row = new SettingEntity { Key = Key });
        row.Json = JsonSerializer.Serialize(guardrails, Json);
        row.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }
}
