using IamPortal.Application.Accounts;

namespace IamPortal.Web.Tests.Fakes;

public sealed class FakeAccountService : IAccountService
{
    public AccountInfo Account { get; set; } = TestData.Account();
    public Exception? Failure { get; set; }

    public Task<AccountInfo> GetAsync(CancellationToken ct = default) =>
        Failure is null ? Task.FromResult(Account) : Task.FromException<AccountInfo>(Failure);
}
