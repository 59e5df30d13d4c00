using IamPortal.Application.Findings.Checks;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Operators;
using IamPortal.Application.Policies.Analysis;
using Microsoft.Extensions.Options;

namespace IamPortal.Application.Findings;

/// <summary>Evaluates every check over the cached inventory, the cached account settings and the stored acceptances.</summary>
public sealed class FindingsService(
    IOperatorContext operatorContext,
    IInventoryService inventory,
    IIamAccountApi iam,
    AccountSettingsCache settingsCache,
    IRiskAcceptanceStore acceptances,
    IRiskAnalyzer risk,
    IOptions<FindingsOptions> options,
    TimeProvider clock) : IFindingsService
{
    public async Task<FindingsReport> GetReportAsync(CancellationToken ct = default)
    {
        operatorContext.Ensure(Permission.ReadAudit, "read the findings");
        return await EvaluateAsync(ct);
    }

    public async Task<IReadOnlyList<FindingResult>> ForUserAsync(string userName, CancellationToken ct = default)
    {
        operatorContext.Ensure(Permission.ReadIam, "read a user's findings");
        var report = await EvaluateAsync(ct);
        return [.. report.Results.Where(r => r.ResourceType == FindingResourceType.User
            && (string.Equals(r.ResourceName, userName, StringComparison.OrdinalIgnoreCase) || r.ResourceName.StartsWith(userName + " / ", StringComparison.OrdinalIgnoreCase)))];
    }

    public async Task<IReadOnlyList<FindingResult>> ForGroupAsync(string groupName, CancellationToken ct = default)
    {
        operatorContext.Ensure(Permission.ReadIam, "read a group's findings");
        var report = await EvaluateAsync(ct);
        return [.. report.Results.Where(r => r.ResourceType == FindingResourceType.Group
            && (string.Equals(r.ResourceName, groupName, StringComparison.OrdinalIgnoreCase) || r.ResourceName.StartsWith(groupName + " / ", StringComparison.OrdinalIgnoreCase)))];
    }

    private async Task<FindingsReport> EvaluateAsync(CancellationToken ct)
    {
        var snapshot = await inventory.GetAsync(ct);
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
