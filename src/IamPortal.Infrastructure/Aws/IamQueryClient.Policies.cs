using IamPortal.Application.Iam;

namespace IamPortal.Infrastructure.Aws;

internal sealed partial class IamQueryClient
{
    public Task<IReadOnlyList<IamManagedPolicy>> ListPoliciesAsync(PolicyScope scope = PolicyScope.All, bool onlyAttached = false,
        string? pathPrefix = null, CancellationToken ct = default)
    {
        var query = Q("ListPolicies").Add("Scope", scope switch { PolicyScope.Aws => "AWS", PolicyScope.Local => "Local", _ => "All" })
            .Add("OnlyAttached", onlyAttached).Add("PathPrefix", pathPrefix);
        return ListAllAsync(query, "Policies", IamResponseMapper.ManagedPolicy, ct);
    }

    public async Task<IamManagedPolicy> GetPolicyAsync(string policyArn, CancellationToken ct = default)
    {
        var result = await CallAsync(Q("GetPolicy").Add("PolicyArn", policyArn), ct).ConfigureAwait(false);
        return IamResponseMapper.ManagedPolicy(result.ReqChild("Policy"));
    }

    public Task<IReadOnlyList<IamPolicyVersion>> ListPolicyVersionsAsync(string policyArn, CancellationToken ct = default) =>
        ListAllAsync(Q("ListPolicyVersions").Add("PolicyArn", policyArn), "Versions", IamResponseMapper.PolicyVersion, ct);

    public async Task<IamPolicyVersion> GetPolicyVersionAsync(string policyArn, string versionId, CancellationToken ct = default)
    {
        var result = await CallAsync(Q("GetPolicyVersion").Add("PolicyArn", policyArn).Add("VersionId", versionId), ct).ConfigureAwait(false);
        return IamResponseMapper.PolicyVersion(result.ReqChild("PolicyVersion"));
    }

    public async Task<IamManagedPolicy> CreatePolicyAsync(string policyName, string document, string? path = null, string? description = null,
        CancellationToken ct = default)
    {
        var query = Q("CreatePolicy").Add("PolicyName", policyName).Add("PolicyDocument", document).Add("Path", path).Add("Description", description);
        var result = await CallAsync(query, ct).ConfigureAwait(false);
        return IamResponseMapper.ManagedPolicy(result.ReqChild("Policy"));
    }

    public async Task<IamPolicyVersion> CreatePolicyVersionAsync(string policyArn, string document, bool setAsDefault, CancellationToken ct = default)
    {
        var query = Q("CreatePolicyVersion").Add("PolicyArn", policyArn).Add("PolicyDocument", document).Add("SetAsDefault", setAsDefault);
        var result = await CallAsync(query, ct).ConfigureAwait(false);
        return IamResponseMapper.PolicyVersion(result.ReqChild("PolicyVersion")) with { Document = document };
    }

    public Task SetDefaultPolicyVersionAsync(string policyArn, string versionId, CancellationToken ct = default) =>
        SendAsync(Q("SetDefaultPolicyVersion").Add("PolicyArn", policyArn).Add("VersionId", versionId), ct);

    public Task DeletePolicyVersionAsync(string policyArn, string versionId, CancellationToken ct = default) =>
        SendAsync(Q("DeletePolicyVersion").Add("PolicyArn", policyArn).Add("VersionId", versionId), ct);

    public Task DeletePolicyAsync(string policyArn, CancellationToken ct = default) =>
        SendAsync(Q("DeletePolicy").Add("PolicyArn", policyArn), ct);

    public async Task<IamPolicyEntities> ListEntitiesForPolicyAsync(string policyArn, CancellationToken ct = default)
    {
        List<string> groups = [], users = [], roles = [];
        await ForEachPageAsync(Q("ListEntitiesForPolicy").Add("PolicyArn", policyArn), page =>
        {
            groups.AddRange(page.Members("PolicyGroups").Select(m => m.Req("GroupName")));
            users.AddRange(page.Members("PolicyUsers").Select(m => m.Req("UserName")));
            roles.AddRange(page.Members("PolicyRoles").Select(m => m.Req("RoleName")));
        }, ct).ConfigureAwait(false);
        return new IamPolicyEntities(groups, users, roles);
    }

    public Task AttachUserPolicyAsync(string userName, string policyArn, CancellationToken ct = default) =>
        SendAsync(Q("AttachUserPolicy").Add("UserName", userName).Add("PolicyArn", policyArn), ct);

    public Task DetachUserPolicyAsync(string userName, string policyArn, CancellationToken ct = default) =>
        SendAsync(Q("DetachUserPolicy").Add("UserName", userName).Add("PolicyArn", policyArn), ct);

    public Task<IReadOnlyList<IamAttachedPolicy>> ListAttachedUserPoliciesAsync(string userName, CancellationToken ct = default) =>
        ListAllAsync(Q("ListAttachedUserPolicies").Add("UserName", userName), "AttachedPolicies", IamResponseMapper.AttachedPolicy, ct);

    public Task AttachGroupPolicyAsync(string groupName, string policyArn, CancellationToken ct = default) =>
        SendAsync(Q("AttachGroupPolicy").Add("GroupName", groupName).Add("PolicyArn", policyArn), ct);

    public Task DetachGroupPolicyAsync(string groupName, string policyArn, CancellationToken ct = default) =>
        SendAsync(Q("DetachGroupPolicy").Add("GroupName", groupName).Add("PolicyArn", policyArn), ct);

    public Task<IReadOnlyList<IamAttachedPolicy>> ListAttachedGroupPoliciesAsync(string groupName, CancellationToken ct = default) =>
        ListAllAsync(Q("ListAttachedGroupPolicies").Add("GroupName", groupName), "AttachedPolicies", IamResponseMapper.AttachedPolicy, ct);
}
