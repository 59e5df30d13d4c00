using IamPortal.Sandbox.Organization;
using IamPortal.Sandbox.State;

namespace IamPortal.Sandbox.Auth;

/// <summary>
/// Who signed the request and in which account it runs: an account's operator (a role session), an IAM user through
/// one of its keys, or an AssumeRole session (<see cref="Session"/>).
/// </summary>
public sealed record CallerIdentity(
    string AccessKeyId, string Arn, string UserId, UserEntity? User, string Service, string Region, OrganizationAccount Account,
    RoleSession? Session = null)
{
    public bool IsOperator => User is null;

    public string AccountId => Account.Id;

    public string? SourceIdentity => Session?.SourceIdentity;
}
