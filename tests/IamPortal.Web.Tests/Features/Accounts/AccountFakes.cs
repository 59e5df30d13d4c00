using IamPortal.Application.Accounts;
using IamPortal.Web.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Web.Tests.Features.Accounts;

/// <summary>The accounts the switcher and the accounts page see; each account's status as the fake answers it.</summary>
public sealed class FakeAccountStatusService(params PortalAccount[] accounts) : IAccountStatusService
{
    public Dictionary<string, string> Errors { get; } = [];

    public Task<IReadOnlyList<PortalAccount>> ReadableAsync(CancellationToken ct = default) => Task.FromResult<IReadOnlyList<PortalAccount>>(accounts);

    public Task<IReadOnlyList<AccountStatusRow>> ListAsync(Action<AccountStatusRow>? progress = null, CancellationToken ct = default)
    {
        var rows = accounts.Select(a => new AccountStatusRow(a, Errors.ContainsKey(a.Id) ? null : $"acme-{a.Name.ToLowerInvariant()}",
            Errors.ContainsKey(a.Id) ? null : TestData.Now, Errors.ContainsKey(a.Id) ? null : 42, Errors.GetValueOrDefault(a.Id))).ToList();
        foreach (var row in rows) progress?.Invoke(row);
        return Task.FromResult<IReadOnlyList<AccountStatusRow>>(rows);
    }

    public string? KnownAlias(string accountId) => accountId == accounts.FirstOrDefault()?.Id ? "acme-main" : null;
}

/// <summary>The account the fakes' scope acts on: the first given, or one account.</summary>
public sealed class FakeCurrentAccount(AccountContext? account = null) : ICurrentAccount
{
    public Task<AccountContext> GetAsync(CancellationToken ct = default) => Task.FromResult(account ?? new AccountContext(TestAccounts.Management.Id, TestAccounts.Management.Name));
}

public static class TestAccounts
{
    public static PortalAccount Management { get; } = new("123456789012", "Management", null, null, AccountSource.Organizations);
    public static PortalAccount Production { get; } = new("345678901234", "Production", "arn:aws:iam::345678901234:role/IamPortalRole", null, AccountSource.Organizations);

    /// <summary>Single-account defaults (no switcher, no Accounts link) unless a test passes its own.</summary>
    public static IServiceCollection AddAccountFakes(this IServiceCollection services)
    {
        services.AddSingleton<IAccountDirectory>(new FixedAccountDirectory());
        services.AddSingleton<IAccountStatusService>(new FakeAccountStatusService(Management));
        services.AddSingleton<ICurrentAccount>(new FakeCurrentAccount());
        return services;
    }
}
