using IamPortal.Application.Accounts;
using IamPortal.Application.Commands;
using IamPortal.Application.Csv;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Operators;
using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Policies.Managed;

public sealed class PolicyListService(
    IOperatorContext operatorContext,
    IInventoryService inventory,
    IIamPoliciesApi iamPolicies,
    ICurrentAccount account,
    AwsManagedPolicyCache awsCache,
    IRiskAnalyzer riskAnalyzer) : IPolicyListService
{
    private static readonly string[] CsvHeaders = ["Name", "Type", "ARN", "Path", "Attachments", "Risk", "Default version", "Updated", "Description"];

    public async Task<PolicyList> ListAsync(PolicyListQuery query, CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("list policies");
        var all = await AllAsync(query.Scope, ct);
        return all with { Items = PolicyList.Filter(all.Items, query) };
    }

    public async Task<string> ExportCsvAsync(PolicyListQuery query, CancellationToken ct = default)
    {
        var list = await ListAsync(query, ct);
        return CsvExport.Write(CsvHeaders, list.Items, p => [p.PolicyName, p.IsAwsManaged ? "AWS managed" : "Customer managed", p.Arn, p.Path,
            p.AttachmentCount, p.Risk?.ToString() ?? "", p.DefaultVersionId, p.UpdateDate, p.Description]);
    }

    public async Task<PolicyList> AttachableAsync(CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("list policies");
        var all = await AllAsync(PolicyScopeFilter.All, ct);
        return all with { Items = PolicyList.Filter(all.Items, new PolicyListQuery()) };
    }

    private async Task<PolicyList> AllAsync(PolicyScopeFilter scope, CancellationToken ct)
    {
        var snapshot = await inventory.GetAsync(ct);
        var items = new List<PolicyListItem>();
        if (scope != PolicyScopeFilter.AwsManaged)
            items.AddRange(snapshot.Policies.Where(p => !p.Policy.IsAwsManaged).Select(p => ToItem(p.Policy, RiskOf(snapshot, p.Policy))));
        string? awsError = null;
        if (scope != PolicyScopeFilter.CustomerManaged)
        {
            var aws = await CommandResult.CaptureAsync(() => AwsManagedAsync(ct));
            if (aws.Value is { } policies)
                items.AddRange(policies.Select(p => ToItem(p, RiskOf(snapshot, p))));
            else
                awsError = aws.Error;
        }
        return new PolicyList(items, awsError);
    }

    private async Task<IReadOnlyList<IamManagedPolicy>> AwsManagedAsync(CancellationToken ct)
    {
        var accountId = (await account.GetAsync(ct)).AccountId;
        var entry = await awsCache.GetAsync(accountId,
            async c => new AwsManagedPolicyCache.Entry(await iamPolicies.ListPoliciesAsync(PolicyScope.Aws, ct: c), default), ct);
        return entry.Policies;
    }

    /// <summary>
    /// The default version's highest risk when the inventory holds its document (every customer managed policy, and the AWS
    /// managed ones attached to someone); null for an AWS managed policy attached to nothing (analysed on its own page).
    /// </summary>
    private RiskSeverity? RiskOf(InventorySnapshot snapshot, IamManagedPolicy policy) =>
        snapshot.PolicyDocument(policy.Arn) is { } document
            ? riskAnalyzer.Analyze(new PolicySource(policy.PolicyName, document, policy.Arn)).Highest
            : null;

    private static PolicyListItem ToItem(IamManagedPolicy p, RiskSeverity? risk) =>
        new(p.PolicyName, p.Arn, p.Path, p.IsAwsManaged, p.AttachmentCount, p.DefaultVersionId, p.Description, p.UpdateDate, risk);
}
