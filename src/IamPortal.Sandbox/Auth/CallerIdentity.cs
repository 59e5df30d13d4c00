using IamPortal.Sandbox.State;

namespace IamPortal.Sandbox.Auth;

/// <summary>Who signed the request: the operator's role session, or an IAM user through one of its keys.</summary>
public sealed record CallerIdentity(string AccessKeyId, string Arn, string UserId, UserEntity? User, string Service, string Region)
{
    public bool IsOperator => User is null;
}
