using System.Runtime.CompilerServices;

namespace IamPortal.Application.Organization;

/// <summary>
/// Singleton: each inventory snapshot's figures and failing findings, reused while the snapshot is the same object
/// (a refresh or a patch makes a new one), the inactivity threshold is unchanged and for at most <see cref="Lifetime"/>
/// (risk acceptances and account settings change without a new snapshot). Opening the overview of 50 accounts then
/// costs no re-evaluation of 50,000 users.
/// </summary>
public sealed class AccountOverviewCache
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private readonly ConditionalWeakTable<Inventory.InventorySnapshot, Entry> _entries = new();

    public sealed record Entry(AccountFigures Figures, AccountFindings Findings, int InactivityDays, DateTimeOffset ComputedAt);

    public Entry? Get(Inventory.InventorySnapshot snapshot, int inactivityDays, DateTimeOffset now) =>
        _entries.TryGetValue(snapshot, out var e) && e.InactivityDays == inactivityDays && now - e.ComputedAt < Lifetime ? e : null;

    public void Set(Inventory.InventorySnapshot snapshot, Entry entry) => _entries.AddOrUpdate(snapshot, entry);
}
