using IamPortal.Sandbox.State;

namespace IamPortal.Sandbox.Organization;

/// <summary>
/// One account of the Sandbox's organization at run time: its IAM state, its operator key pair, the roles
/// AssumeRole may enter, and its event log. The management account wraps the <see cref="IamState"/> registered in DI.
/// </summary>
public sealed class OrganizationAccount
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Email { get; init; }
    public required string Alias { get; init; }
    public required string Status { get; init; }
    public required IamState State { get; init; }
    public required bool IsManagement { get; init; }
    public required string OperatorAccessKeyId { get; init; }
    public required string OperatorSecretAccessKey { get; init; }
    public required IReadOnlyList<string> RoleNames { get; init; }
    public string? ExternalId { get; init; }
    public int MaxSessionDurationSeconds { get; init; } = 3600;
    public required DateTimeOffset Joined { get; init; }

    /// <summary>The member's options (to reseed it); null for the management account.</summary>
    public SandboxMemberAccountOptions? Options { get; init; }

    public EventLog Events { get; } = new();

    public bool IsActive => Status == "ACTIVE";

    /// <summary>The operator's identity: a session of the portal's role, as the management account's always was.</summary>
    public string OperatorArn => $"arn:aws:sts::{Id}:assumed-role/{SandboxOrganizationDefaults.PortalRole}/iam-portal";

    public string OperatorUserId => IsManagement ? SandboxAccount.OperatorUserId : $"{RoleId(SandboxOrganizationDefaults.PortalRole)}:iam-portal";

    public bool HasRole(string roleName) => RoleNames.Contains(roleName, StringComparer.Ordinal);

    public string RoleArn(string roleName) => $"arn:aws:iam::{Id}:role/{roleName}";

    /// <summary>The role's unique id (AROA...), stable for an account and role name.</summary>
    public string RoleId(string roleName) =>
        IsManagement && roleName == SandboxOrganizationDefaults.PortalRole ? SandboxAccount.OperatorUserId.Split(':')[0] : DerivedKeys.RoleId(Id, roleName);
}
