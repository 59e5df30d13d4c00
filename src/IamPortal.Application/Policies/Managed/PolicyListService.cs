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
    IRiskAnalyzer riskAnalyzer,
    IIdentityRiskService identityRisk) : IPolicyListService
{
    /// <summary>At most this many attached AWS managed policies are analysed for the list's risk column (each is one read).</summary>
    public const int MaxAnalysedAwsPolicies = 60;

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
        var items = new List<PolicyListItem>();
        if (scope != PolicyScopeFilter.AwsManaged)
        {
            var snapshot = await inventory.GetAsync(ct);
            items.AddRange(snapshot.Policies.Select(ToCustomerItem));
        }
        string? awsError = null;
        if (scope != PolicyScopeFilter.CustomerManaged)
        {
            var aws = await CommandResult.CaptureAsync(() => AwsManagedAsync(ct));
            if (aws.Value is { } entry)
                items.AddRange(entry.Policies.Select(p => ToItem(p, entry.Risks.TryGetValue(p.Arn, out var r) ? r : null)));
            else
                awsError = aws.Error;
        }
        return new PolicyList(items, awsError);
    }

    private async Task<AwsManagedPolicyCache.Entry> AwsManagedAsync(CancellationToken ct)
    {
        var accountId = (await account.GetAsync(ct)).AccountId;
        return await awsCache.GetAsync(accountId, async c =>
        {
            var policies = await iamPolicies.ListPoliciesAsync(PolicyScope.Aws, ct: c);
            var risks = new Dictionary<string, RiskSeverity>(StringComparer.Ordinal);
            foreach (var attached in policies.Where(p => p.AttachmentCount > 0).Take(MaxAnalysedAwsPolicies))
            {
                var report = await CommandResult.CaptureAsync(() => identityRisk.ForManagedPolicyAsync(attached.Arn, c));
                if (report.Value is { } r) risks[attached.Arn] = r.Highest;
            }
            return new AwsManagedPolicyCache.Entry(policies, risks, default);
        }, ct);
    }

    private PolicyListItem ToCustomerItem(IamPolicyWithVersions p)
    {
        var document = p.Versions.FirstOrDefault(v => v.IsDefaultVersion)?.Document;
        RiskSeverity? risk = document is null ? null : riskAnalyzer.Analyze(new PolicySource(p.Policy.PolicyName, document, p.Policy.Arn)).Highest;
        return ToItem(p.Policy, risk);
    }

    private static PolicyListItem ToItem(IamManagedPolicy p, RiskSeverity? risk) =>
        new(p.PolicyName, p.Arn, p.Path, p.IsAwsManaged, p.AttachmentCount, p.DefaultVersionId, p.Description, p.UpdateDate, risk);
}
