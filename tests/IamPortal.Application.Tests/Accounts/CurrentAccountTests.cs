using IamPortal.Application.Accounts;
using IamPortal.Application.Iam;

namespace IamPortal.Application.Tests.Accounts;

public class CurrentAccountTests
{
    private sealed class StubAccounts(string? alias, Exception? failure = null) : IAccountService
    {
        public Task<AccountInfo> GetAsync(CancellationToken ct = default) => failure is not null ? Task.FromException<AccountInfo>(failure)
            : Task.FromResult(new AccountInfo("111122223333", alias, "arn:aws:sts::111122223333:assumed-role/IamPortalRole/p", false,
                "https://iam.amazonaws.com", "us-east-1", "InstanceProfile", null));
    }

    [Fact]
    public async Task GetAsync_AccountWithAlias_NamesItByTheAlias()
    {
        var account = await new CurrentAccount(new StubAccounts("acme-prod")).GetAsync();

        account.Should().Be(new AccountContext("111122223333", "acme-prod"));
        account.DisplayName.Should().Be("acme-prod");
    }

    [Fact]
    public async Task GetAsync_AccountWithoutAlias_NamesItByTheId()
    {
        var account = await new CurrentAccount(new StubAccounts(alias: null)).GetAsync();

        account.DisplayName.Should().Be("111122223333");
    }

    [Fact]
    public async Task GetAsync_StsFails_IsUnknownAsTheAuditLogAlwaysWroteIt()
    {
        var account = await new CurrentAccount(new StubAccounts(null, new IamException("AccessDenied", "no"))).GetAsync();

        account.Should().Be(AccountContext.Unknown);
        account.AccountId.Should().Be("unknown");
    }
}
