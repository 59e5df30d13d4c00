using IamPortal.Application.Inventory;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Findings;

/// <summary>Evaluates every check over the cached inventory, the cached account settings and the stored acceptances.</summary>
public sealed class FindingsService(
    IOperatorContext operatorContext,
    IInventoryService inventory,
    FindingsEngine engine) : IFindingsService
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

    private async Task<FindingsReport> EvaluateAsync(CancellationToken ct) =>
        await engine.EvaluateAsync(await inventory.GetAsync(ct), ct);
}
