namespace IamPortal.Application.Iam;

/// <summary>
/// The port to IAM (or any IAM-compatible endpoint such as the Sandbox). One interface per area so a test fake
/// or a feature only needs the part it uses. List methods follow IsTruncated/Marker until the end.
/// Failures are <see cref="IamException"/>s carrying IAM's Code, Message and RequestId.
/// </summary>
public interface IIamClient : IIamUsersApi, IIamCredentialsApi, IIamMfaApi, IIamGroupsApi, IIamPoliciesApi, IIamAccountApi;

public interface IIamUsersApi
{
    Task<IReadOnlyList<IamUser>> ListUsersAsync(string? pathPrefix = null, CancellationToken ct = default);
    /// <summary>GetUser; with no name IAM returns the caller.</summary>
    Task<IamUser> GetUserAsync(string? userName, CancellationToken ct = default);
    Task<IamUser> CreateUserAsync(string userName, string? path = null, string? permissionsBoundaryArn = null, IReadOnlyList<IamTag>? tags = null, CancellationToken ct = default);
    Task UpdateUserAsync(string userName, string? newUserName = null, string? newPath = null, CancellationToken ct = default);
    Task DeleteUserAsync(string userName, CancellationToken ct = default);
    Task TagUserAsync(string userName, IReadOnlyList<IamTag> tags, CancellationToken ct = default);
    Task UntagUserAsync(string userName, IReadOnlyList<string> tagKeys, CancellationToken ct = default);
    Task<IReadOnlyList<IamTag>> ListUserTagsAsync(string userName, CancellationToken ct = default);
    Task PutUserPermissionsBoundaryAsync(string userName, string policyArn, CancellationToken ct = default);
    Task DeleteUserPermissionsBoundaryAsync(string userName, CancellationToken ct = default);
}

public interface IIamCredentialsApi
{
    /// <summary>GetLoginProfile; null when the user has no console password (IAM's NoSuchEntity).</summary>
    Task<IamLoginProfile?> GetLoginProfileAsync(string userName, CancellationToken ct = default);
    Task<IamLoginProfile> CreateLoginProfileAsync(string userName, string password, bool passwordResetRequired, CancellationToken ct = default);
    Task UpdateLoginProfileAsync(string userName, string? password, bool? passwordResetRequired, CancellationToken ct = default);
    Task DeleteLoginProfileAsync(string userName, CancellationToken ct = default);

    Task<IReadOnlyList<IamAccessKey>> ListAccessKeysAsync(string userName, CancellationToken ct = default);
    Task<IamNewAccessKey> CreateAccessKeyAsync(string userName, CancellationToken ct = default);
    Task UpdateAccessKeyAsync(string userName, string accessKeyId, IamAccessKeyStatus status, CancellationToken ct = default);
    Task DeleteAccessKeyAsync(string userName, string accessKeyId, CancellationToken ct = default);
    Task<IamAccessKeyLastUsed> GetAccessKeyLastUsedAsync(string accessKeyId, CancellationToken ct = default);

    Task<IReadOnlyList<IamSigningCertificate>> ListSigningCertificatesAsync(string userName, CancellationToken ct = default);
    Task DeleteSigningCertificateAsync(string userName, string certificateId, CancellationToken ct = default);
    Task<IReadOnlyList<IamSshPublicKey>> ListSshPublicKeysAsync(string userName, CancellationToken ct = default);
    Task DeleteSshPublicKeyAsync(string userName, string sshPublicKeyId, CancellationToken ct = default);
    Task<IReadOnlyList<IamServiceSpecificCredential>> ListServiceSpecificCredentialsAsync(string userName, CancellationToken ct = default);
    Task DeleteServiceSpecificCredentialAsync(string userName, string credentialId, CancellationToken ct = default);
}

public interface IIamMfaApi
{
    Task<IReadOnlyList<IamMfaDevice>> ListMfaDevicesAsync(string userName, CancellationToken ct = default);
    Task<IReadOnlyList<IamVirtualMfaDevice>> ListVirtualMfaDevicesAsync(MfaAssignmentStatus assignmentStatus = MfaAssignmentStatus.Any, CancellationToken ct = default);
    Task<IamNewVirtualMfaDevice> CreateVirtualMfaDeviceAsync(string deviceName, string? path = null, CancellationToken ct = default);
    Task EnableMfaDeviceAsync(string userName, string serialNumber, string code1, string code2, CancellationToken ct = default);
    Task DeactivateMfaDeviceAsync(string userName, string serialNumber, CancellationToken ct = default);
    Task DeleteVirtualMfaDeviceAsync(string serialNumber, CancellationToken ct = default);
    Task ResyncMfaDeviceAsync(string userName, string serialNumber, string code1, string code2, CancellationToken ct = default);
}

public interface IIamGroupsApi
{
    Task<IReadOnlyList<IamGroup>> ListGroupsAsync(string? pathPrefix = null, CancellationToken ct = default);
    Task<IamGroup> CreateGroupAsync(string groupName, string? path = null, CancellationToken ct = default);
    Task<IamGroupWithMembers> GetGroupAsync(string groupName, CancellationToken ct = default);
    Task UpdateGroupAsync(string groupName, string? newGroupName = null, string? newPath = null, CancellationToken ct = default);
    Task DeleteGroupAsync(string groupName, CancellationToken ct = default);
    Task AddUserToGroupAsync(string groupName, string userName, CancellationToken ct = default);
    Task RemoveUserFromGroupAsync(string groupName, string userName, CancellationToken ct = default);
    Task<IReadOnlyList<IamGroup>> ListGroupsForUserAsync(string userName, CancellationToken ct = default);
}

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

public interface IIamAccountApi
{
    Task<CredentialReportState> GenerateCredentialReportAsync(CancellationToken ct = default);
    /// <summary>GetCredentialReport, decoded. Throws ReportNotPresent / ReportExpired / ReportInProgress as IAM does.</summary>
    Task<IamCredentialReport> GetCredentialReportAsync(CancellationToken ct = default);
    Task<IamAccountAuthorizationDetails> GetAccountAuthorizationDetailsAsync(IReadOnlyCollection<AuthorizationDetailsFilter>? filters = null, CancellationToken ct = default);
    Task<IReadOnlyDictionary<string, long>> GetAccountSummaryAsync(CancellationToken ct = default);
    /// <summary>Null when the account has no custom password policy (IAM's NoSuchEntity).</summary>
    Task<IamPasswordPolicy?> GetAccountPasswordPolicyAsync(CancellationToken ct = default);
    Task UpdateAccountPasswordPolicyAsync(IamPasswordPolicy policy, CancellationToken ct = default);
    Task DeleteAccountPasswordPolicyAsync(CancellationToken ct = default);
    Task<string> GenerateServiceLastAccessedDetailsAsync(string arn, AccessAdvisorGranularity granularity = AccessAdvisorGranularity.ServiceLevel, CancellationToken ct = default);
    Task<IamServiceLastAccessedReport> GetServiceLastAccessedDetailsAsync(string jobId, CancellationToken ct = default);
    Task<IReadOnlyList<string>> ListAccountAliasesAsync(CancellationToken ct = default);
    Task CreateAccountAliasAsync(string alias, CancellationToken ct = default);
    Task DeleteAccountAliasAsync(string alias, CancellationToken ct = default);
}

/// <summary>STS, for who the portal itself is.</summary>
public interface IStsClient
{
    Task<CallerIdentity> GetCallerIdentityAsync(CancellationToken ct = default);
}
