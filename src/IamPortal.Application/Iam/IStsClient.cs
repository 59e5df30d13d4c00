namespace IamPortal.Application.Iam;

/// <summary>STS: who the portal is in the scope's account, and which account owns an access key.</summary>
public interface IStsClient
{
    /// <summary>The caller in the scope's target account (an assumed-role ARN in a member account), else the portal itself.</summary>
    Task<CallerIdentity> GetCallerIdentityAsync(CancellationToken ct = default);

    /// <summary>The id of the account that owns <paramref name="accessKeyId"/> (any account's key; asked with the portal's own credentials).</summary>
    Task<string> GetAccessKeyInfoAsync(string accessKeyId, CancellationToken ct = default);
}
