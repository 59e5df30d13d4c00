namespace IamPortal.Sandbox;

/// <summary>
/// One recorded mutating request, like a CloudTrail event: when, in which account, the Action, who called (ARN and
/// access key id), the session's SourceIdentity (null without one), the request id, the error code when it failed,
/// and the request parameters without secrets.
/// </summary>
public sealed record SandboxEvent(
    DateTimeOffset Time,
    string AccountId,
    string EventName,
    string CallerArn,
    string AccessKeyId,
    string? SourceIdentity,
    string RequestId,
    string? ErrorCode,
    IReadOnlyDictionary<string, string> Parameters);

/// <summary>An account of the Sandbox's organization as tests and demos see it, with its operator key pair.</summary>
public sealed record SandboxAccountInfo(
    string Id,
    string Name,
    string Alias,
    string Email,
    string Status,
    bool IsManagement,
    string OperatorAccessKeyId,
    string OperatorSecretAccessKey,
    IReadOnlyList<string> RoleNames,
    string? ExternalId)
{
    public string RoleArn(string roleName = SandboxOrganizationDefaults.PortalRole) => $"arn:aws:iam::{Id}:role/{roleName}";
}
