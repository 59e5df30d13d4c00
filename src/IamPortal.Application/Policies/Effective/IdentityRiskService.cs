using IamPortal.Application.Inventory;
using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Policies.Effective;

/// <summary>Effective risk over the inventory: a user's own policies and every group's together, so a split escalation is found.</summary>
public sealed class IdentityRiskService(IInventoryService inventory, IRiskAnalyzer analyzer, EffectiveRiskCache cache, PolicyDocumentFetcher fetcher)
    : IIdentityRiskService
{
    public async Task<RiskReport> ForUserAsync(string userName, CancellationToken ct = default) =>
        Analyze(new PermissionModel(await inventory.GetAsync(ct)).UserSet(userName));

    public async Task<RiskReport> ForGroupAsync(string groupName, CancellationToken ct = default) =>
        Analyze(new PermissionModel(await inventory.GetAsync(ct)).GroupSet(groupName));

    public async Task<RiskReport> ForManagedPolicyAsync(string policyArn, CancellationToken ct = default)
    {
        var snapshot = await inventory.GetAsync(ct);
        var policy = new PermissionModel(snapshot, await fetcher.MissingAsync(snapshot, [policyArn], ct)).Policy(policyArn);
        return policy is null ? RiskReport.Empty : analyzer.Analyze(policy);
    }

    public async Task<IReadOnlyDictionary<string, RiskSeverity>> UserSeveritiesAsync(CancellationToken ct = default) =>
        await cache.SeveritiesAsync(await inventory.GetAsync(ct), Severities).WaitAsync(ct);

    /// <summary>Every user's highest severity, analysing each distinct policy set once.</summary>
    private IReadOnlyDictionary<string, RiskSeverity> Severities(InventorySnapshot snapshot)
    {
        var model = new PermissionModel(snapshot);
        var severities = new Dictionary<string, RiskSeverity>(snapshot.Users.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var user in snapshot.Users)
        {
            var set = model.UserSet(user.UserName);
            severities[user.UserName] = cache.SetSeverity(set.Key, () => Analyze(set).Highest);
        }
        return severities;
    }

    private RiskReport Analyze(PolicySet set) => set.Sources.Count == 0 ? RiskReport.Empty : analyzer.AnalyzeTogether(set.Sources);
}
