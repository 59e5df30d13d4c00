using NSubstitute;
using IamPortal.Application.Accounts;
using IamPortal.Application.Iam;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IamPortal.Application.Tests.Accounts;

public class CurrentAccountTests
{
    private sealed class StubAccounts(string? alias, Exception? failure = null) : IAccountService
    {
        public Task<AccountInfo> GetAsync(CancellationToken ct = default) => failure is not null ? Task.FromException<AccountInfo>(failure)
            : Task.FromResult(new AccountInfo("111122223333", alias, "arn:aws:sts::111122223333:assumed-role/IamPortalRole/p", false,
                "https://iam.amazonaws.com", "us-east-1", "InstanceProfile", null));
    }

    private static CurrentAccount Single(IAccountService accounts) =>
        new(accounts, Directory(new AccountsOptions()), new AccountSelection(new NoRequestedAccount()));

    internal static AccountDirectory Directory(AccountsOptions options) =>
        new(Options.Create(options), Substitute.For<IServiceScopeFactory>(),
            TimeProvider.System, NullLogger<AccountDirectory>.Instance);

    internal static AccountsOptions TwoAccounts() => new()
    {
        List =
        [
            new ConfiguredAccount { Id = "111122223333", Name = "management" },
            new ConfiguredAccount { Id = "444455556666", Name = "production", RoleArn = "arn:aws:iam::444455556666:role/IamPortalRole", ExternalId = "x-1" },
        ],
    };

    [Fact]
    public async Task GetAsync_ManyAccounts_TheSelectedOneElseTheFirst()
    {
        var directory = Directory(TwoAccounts());
        var selection = new AccountSelection(new NoRequestedAccount());
        var current = new CurrentAccount(new StubAccounts(null, new InvalidOperationException("not asked")), directory, selection);

        (await current.GetAsync()).Should().Be(new AccountContext("111122223333", "management"));
        selection.Use("444455556666");
        (await current.GetAsync()).Should().Be(new AccountContext("444455556666", "production"));
    }

    [Fact]
    public async Task Target_ManyAccounts_OwnCredentialsForTheHomeAccountAndTheRoleForMembers()
    {
        var directory = Directory(TwoAccounts());
        await directory.ListAsync();
        var selection = new AccountSelection(new NoRequestedAccount());
        var accessor = new AwsTargetAccessor(directory, selection, new FixedOperator());

        accessor.Target.Should().BeNull("the first account has no role: the portal's own credentials reach it");
        selection.Use("444455556666");
        accessor.Target.Should().Be(new AwsTarget("444455556666", "arn:aws:iam::444455556666:role/IamPortalRole", "x-1"));
        accessor.SourceIdentity.Should().Be("ada@example.com");
        selection.Use("999999999999");
        FluentActions.Invoking(() => accessor.Target).Should().Throw<IamException>().Which.Code.Should().Be(AwsTargetAccessor.UnknownAccount);
    }

    private sealed class FixedOperator : Operators.IOperatorContext
    {
        public Operators.OperatorIdentity Current { get; } = new("sub-1", "Ada", "ada@example.com", "oidc", Operators.PortalRole.SecurityAdmin);
    }

    [Fact]
    public async Task GetAsync_AccountWithAlias_NamesItByTheAlias()
    {
        var account = await Single(new StubAccounts("acme-prod")).GetAsync();

        account.Should().Be(new AccountContext("111122223333", "acme-prod"));
        account.DisplayName.Should().Be("acme-prod");
    }

    [Fact]
    public async Task GetAsync_AccountWithoutAlias_NamesItByTheId()
    {
        var account = await Single(new StubAccounts(alias: null)).GetAsync();

        account.DisplayName.Should().Be("111122223333");
    }

    [Fact]
    public async Task GetAsync_StsFails_IsUnknownAsTheAuditLogAlwaysWroteIt()
    {
        var account = await Single(new StubAccounts(null, new IamException("AccessDenied", "no"))).GetAsync();

        account.Should().Be(AccountContext.Unknown);
        account.AccountId.Should().Be("unknown");
    }
}
