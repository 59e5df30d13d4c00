using IamPortal.Application.Findings.Checks;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Policies.Analysis;
using Microsoft.Extensions.Options;

namespace IamPortal.Application.Findings;

/// <summary>
/// Every check over one inventory snapshot, the cached account settings and the stored acceptances. No role check: the
/// services that show findings to an operator (<see cref="FindingsService"/>) and the scheduled trend snapshot (which runs
/// for no operator) each decide who may see the result.
/// </summary>
public sealed class FindingsEngine(
    IIamAccountApi iam,
    AccountSettingsCache settingsCache,
    IRiskAcceptanceStore acceptances,
    IRiskAnalyzer risk,
    IOptions<FindingsOptions> options,
    TimeProvider clock)
{
    public async Task<FindingsReport> EvaluateAsync(InventorySnapshot snapshot, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var settings = await settingsCache.GetAsync(snapshot.AccountId, options.Value.AccountSettingsLifetime, now, ReadSettingsAsync, ct);
        var accepted = await acceptances.ListAsync(snapshot.AccountId, ct);
        return FindingsEvaluator.Evaluate(CheckCatalog.All, new FindingsInput(snapshot, settings, options.Value, now, risk), accepted);
    }

    private async Task<AccountSettings> ReadSettingsAsync(CancellationToken ct)
    {
        try
        {
            var policy = await iam.GetAccountPasswordPolicyAsync(ct);
            var summary = await iam.GetAccountSummaryAsync(ct);
            return new AccountSettings(policy, summary, clock.GetUtcNow());
        }
        catch (IamException e)
        {
            return new AccountSettings(null, new Dictionary<string, long>(), clock.GetUtcNow(), IamErrorMessages.Describe(e));
        }
    }
}
