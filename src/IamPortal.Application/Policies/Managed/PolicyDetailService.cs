using IamPortal.Application.Commands;
using IamPortal.Application.Iam;
using IamPortal.Application.Operators;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Users;

namespace IamPortal.Application.Policies.Managed;

public sealed class PolicyDetailService(
    IOperatorContext operatorContext,
    IIamPoliciesApi iamPolicies,
    IPolicySummarizer summarizer,
    IRiskAnalyzer riskAnalyzer) : IPolicyDetailService
{
    public Task<CommandResult<PolicyDetail>> GetAsync(string policyArn, CancellationToken ct = default) => CommandResult.CaptureAsync(async () =>
    {
        operatorContext.EnsureCanRead("read a policy");
        var policy = await iamPolicies.GetPolicyAsync(policyArn, ct);
        var defaultVersion = await iamPolicies.GetPolicyVersionAsync(policyArn, policy.DefaultVersionId, ct);
        var document = defaultVersion.Document ?? "";
        var versions = await SectionRead.CaptureAsync(() => VersionsAsync(policy, defaultVersion, ct));
        var attachments = await SectionRead.CaptureAsync(async () =>
        {
            var entities = await iamPolicies.ListEntitiesForPolicyAsync(policyArn, ct);
            return new PolicyAttachments(entities.UserNames, entities.GroupNames, entities.RoleNames.Count);
        });
        var risk = riskAnalyzer.Analyze(new PolicySource(policy.PolicyName, document, policy.Arn));
        return new PolicyDetail(policy, PolicyDocumentFormat.Pretty(document), summarizer.Summarize(document), risk, versions, attachments);
    });

    public Task<CommandResult<PolicyVersionDiff>> DiffAsync(string policyArn, string oldVersionId, string newVersionId, CancellationToken ct = default) =>
        CommandResult.CaptureAsync(async () =>
        {
            operatorContext.EnsureCanRead("compare policy versions");
            var older = await iamPolicies.GetPolicyVersionAsync(policyArn, oldVersionId, ct);
            var newer = await iamPolicies.GetPolicyVersionAsync(policyArn, newVersionId, ct);
            return PolicyVersionDiff.Compute(oldVersionId, older.Document ?? "", newVersionId, newer.Document ?? "");
        });

    /// <summary>ListPolicyVersions, each with its document (GetPolicyVersion: at most 5), newest first.</summary>
    private async Task<IReadOnlyList<IamPolicyVersion>> VersionsAsync(IamManagedPolicy policy, IamPolicyVersion defaultVersion, CancellationToken ct)
    {
        var listed = await iamPolicies.ListPolicyVersionsAsync(policy.Arn, ct);
        var withDocuments = new List<IamPolicyVersion>();
        foreach (var v in listed)
            withDocuments.Add(v.Document is not null ? v
                : v.VersionId == defaultVersion.VersionId ? defaultVersion
                : await iamPolicies.GetPolicyVersionAsync(policy.Arn, v.VersionId, ct));
        return withDocuments.OrderByDescending(v => v.CreateDate).ThenByDescending(v => v.VersionId, StringComparer.Ordinal).ToList();
    }
}
