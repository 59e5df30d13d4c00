using IamPortal.Application.Accounts;

namespace IamPortal.Application.Tests.Fakes;

/// <summary>The one configured account, both as the portal's identity and as the current account of a scope.</summary>
public sealed class FakeAccounts : IAccountService, ICurrentAccount
{
    public const string AccountId = "123456789012";

    public Task<AccountInfo> GetAsync(CancellationToken ct = default) => Task.FromResult(
        new AccountInfo(AccountId, "test", "arn:aws:sts::123456789012:assumed-role/IamPortalRole/t", true, "http://sandbox", "us-east-1", "test", null));

    Task<AccountContext> ICurrentAccount.GetAsync(CancellationToken ct) => Task.FromResult(new AccountContext(AccountId, "test"));
}
