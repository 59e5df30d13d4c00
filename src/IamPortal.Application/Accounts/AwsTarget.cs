namespace IamPortal.Application.Accounts;

/// <summary>
/// How the portal reaches one AWS account: with its own credentials (<see cref="RoleArn"/> null: the account the portal
/// runs in), or by assuming <see cref="RoleArn"/> (a member account), with the ExternalId the role's trust wants.
/// </summary>
public sealed record AwsTarget(string AccountId, string? RoleArn, string? ExternalId)
{
    public bool IsAssumed => RoleArn is not null;
}

/// <summary>
/// The AWS target of the current scope (a circuit, a request, a background job) and the operator a change is made for.
/// Scoped; the IAM and STS clients read it on every call: reads use the portal's own session in the target account,
/// changes use a session whose SourceIdentity is <see cref="SourceIdentity"/>, so the member account's CloudTrail names
/// the human.
/// </summary>
public interface IAwsTargetAccessor
{
    /// <summary>The account to call; null means the portal's own credentials and account (single-account setups).</summary>
    AwsTarget? Target { get; }

    /// <summary>The operator in the form STS accepts as SourceIdentity (see SourceIdentityFormat); null when no operator acts.</summary>
    string? SourceIdentity { get; }
}

/// <summary>No target: every call uses the portal's own credentials (the default until accounts are configured).</summary>
public sealed class PortalOwnTarget : IAwsTargetAccessor
{
    public AwsTarget? Target => null;
    public string? SourceIdentity => null;
}
