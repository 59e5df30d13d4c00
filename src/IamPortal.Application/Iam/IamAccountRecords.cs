namespace IamPortal.Application.Iam;

public enum CredentialReportState { Started, InProgress, Complete }

/// <summary>The credential report as IAM returns it: the decoded CSV text and when it was generated.</summary>
public sealed record IamCredentialReport(string Csv, DateTimeOffset GeneratedTime);

public enum AuthorizationDetailsFilter { User, Group, Role, LocalManagedPolicy, AwsManagedPolicy }

public sealed record IamUserDetail(
    IamUser User,
    IReadOnlyList<string> GroupNames,
    IReadOnlyList<IamAttachedPolicy> AttachedManagedPolicies,
    IReadOnlyList<IamInlinePolicy> InlinePolicies,
    IReadOnlyList<IamTag> Tags,
    string? PermissionsBoundaryArn);

public sealed record IamGroupDetail(
    IamGroup Group,
    IReadOnlyList<IamAttachedPolicy> AttachedManagedPolicies,
    IReadOnlyList<IamInlinePolicy> InlinePolicies);

public sealed record IamAccountAuthorizationDetails(
    IReadOnlyList<IamUserDetail> Users,
    IReadOnlyList<IamGroupDetail> Groups,
    IReadOnlyList<IamPolicyWithVersions> Policies);

public sealed record IamPasswordPolicy(
    int MinimumPasswordLength = 8,
    bool RequireSymbols = false,
    bool RequireNumbers = false,
    bool RequireUppercaseCharacters = false,
    bool RequireLowercaseCharacters = false,
    bool AllowUsersToChangePassword = false,
    bool ExpirePasswords = false,
    int? MaxPasswordAge = null,
    int? PasswordReusePrevention = null,
    bool HardExpiry = false);

public enum AccessAdvisorGranularity { ServiceLevel, ActionLevel }

public enum AccessAdvisorJobStatus { InProgress, Completed, Failed }

public sealed record IamServiceLastAccessed(
    string ServiceName,
    string ServiceNamespace,
    DateTimeOffset? LastAuthenticated,
    string? LastAuthenticatedEntity,
    int TotalAuthenticatedEntities);

public sealed record IamServiceLastAccessedReport(AccessAdvisorJobStatus Status, IReadOnlyList<IamServiceLastAccessed> Services, string? Error);

public sealed record CallerIdentity(string Account, string Arn, string UserId);
