using IamPortal.Application.Iam;

namespace IamPortal.Application.Accounts;

/// <summary>The account the current scope acts on. One account is configured today: the portal's own (STS caller identity).</summary>
public interface ICurrentAccount
{
    /// <summary>The account; <see cref="AccountContext.Unknown"/> when IAM or STS cannot say (never throws an IAM error).</summary>
    Task<AccountContext> GetAsync(CancellationToken ct = default);
}
