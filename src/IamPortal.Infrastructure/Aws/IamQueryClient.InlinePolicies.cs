using IamPortal.Application.Iam;

namespace IamPortal.Infrastructure.Aws;

internal sealed partial class IamQueryClient
{
    public Task PutUserPolicyAsync(string userName, string policyName, string document, CancellationToken ct = default) =>
        SendAsync(Q("PutUserPolicy").Add("UserName", userName).Add("PolicyName", policyName).Add("PolicyDocument", document), ct);

    public async Task<IamInlinePolicy> GetUserPolicyAsync(string userName, string policyName, CancellationToken ct = default)
    {
        var result = await CallAsync(Q("GetUserPolicy").Add("UserName", userName).Add("PolicyName", policyName), ct).ConfigureAwait(false);
        return IamResponseMapper.InlinePolicy(result);
    }

    public Task DeleteUserPolicyAsync(string userName, string policyName, CancellationToken ct = default) =>
        SendAsync(Q("DeleteUserPolicy").Add("UserName", userName).Add("PolicyName", policyName), ct);

    public Task<IReadOnlyList<string>> ListUserPoliciesAsync(string userName, CancellationToken ct = default) =>
        ListAllAsync(Q("ListUserPolicies").Add("UserName", userName), "PolicyNames", m => m.Value, ct);

    public Task PutGroupPolicyAsync(string groupName, string policyName, string document, CancellationToken ct = default) =>
        SendAsync(Q("PutGroupPolicy").Add("GroupName", groupName).Add("PolicyName", policyName).Add("PolicyDocument", document), ct);

    public async Task<IamInlinePolicy> GetGroupPolicyAsync(string groupName, string policyName, CancellationToken ct = default)
    {
        var result = await CallAsync(Q("GetGroupPolicy").Add("GroupName", groupName).Add("PolicyName", policyName), ct).ConfigureAwait(false);
        return IamResponseMapper.InlinePolicy(result);
    }

    public Task DeleteGroupPolicyAsync(string groupName, string policyName, CancellationToken ct = default) =>
        SendAsync(Q("DeleteGroupPolicy").Add("GroupName", groupName).Add("PolicyName", policyName), ct);

    public Task<IReadOnlyList<string>> ListGroupPoliciesAsync(string groupName, CancellationToken ct = default) =>
        ListAllAsync(Q("ListGroupPolicies").Add("GroupName", groupName), "PolicyNames", m => m.Value, ct);
}
