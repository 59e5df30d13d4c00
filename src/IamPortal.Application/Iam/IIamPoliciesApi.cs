namespace IamPortal.Application.Iam;

/// <summary>Policies: managed policies and versions, attachments to users and groups, inline policies.</summary>
public interface IIamPoliciesApi
{
    Task<IReadOnlyList<IamManagedPolicy>> ListPoliciesAsync(PolicyScope scope = PolicyScope.All, bool onlyAttached = false, string? pathPrefix = null, CancellationToken ct = default);
    Task<IamManagedPolicy> GetPolicyAsync(string policyArn, CancellationToken ct = default);
    Task<IReadOnlyList<IamPolicyVersion>> ListPolicyVersionsAsync(string policyArn, CancellationToken ct = default);
    Task<IamPolicyVersion> GetPolicyVersionAsync(string policyArn, string versionId, CancellationToken ct = default);
    Task<IamManagedPolicy> CreatePolicyAsync(string policyName, string document, string? path = null, string? description = null, CancellationToken ct = default);
    Task<IamPolicyVersion> CreatePolicyVersionAsync(string policyArn, string document, bool setAsDefault, CancellationToken ct = default);
    Task SetDefaultPolicyVersionAsync(string policyArn, string versionId, CancellationToken ct = default);
    Task DeletePolicyVersionAsync(string policyArn, string versionId, CancellationToken ct = default);
    Task DeletePolicyAsync(string policyArn, CancellationToken ct = default);
    Task<IamPolicyEntities> ListEntitiesForPolicyAsync(string policyArn, CancellationToken ct = default);

    Task AttachUserPolicyAsync(string userName, string policyArn, CancellationToken ct = default);
    Task DetachUserPolicyAsync(string userName, string policyArn, CancellationToken ct = default);
    Task<IReadOnlyList<IamAttachedPolicy>> ListAttachedUserPoliciesAsync(string userName, CancellationToken ct = default);
    Task AttachGroupPolicyAsync(string groupName, string policyArn, CancellationToken ct = default);
    Task DetachGroupPolicyAsync(string groupName, string policyArn, CancellationToken ct = default);
    Task<IReadOnlyList<IamAttachedPolicy>> ListAttachedGroupPoliciesAsync(string groupName, CancellationToken ct = default);

    Task PutUserPolicyAsync(string userName, string policyName, string document, CancellationToken ct = default);
    Task<IamInlinePolicy> GetUserPolicyAsync(string userName, string policyName, CancellationToken ct = default);
    Task DeleteUserPolicyAsync(string userName, string policyName, CancellationToken ct = default);
    Task<IReadOnlyList<string>> ListUserPoliciesAsync(string userName, CancellationToken ct = default);
    Task PutGroupPolicyAsync(string groupName, string policyName, string document, CancellationToken ct = default);
    Task<IamInlinePolicy> GetGroupPolicyAsync(string groupName, string policyName, CancellationToken ct = default);
    Task DeleteGroupPolicyAsync(string groupName, string policyName, CancellationToken ct = default);
    Task<IReadOnlyList<string>> ListGroupPoliciesAsync(string groupName, CancellationToken ct = default);
}
