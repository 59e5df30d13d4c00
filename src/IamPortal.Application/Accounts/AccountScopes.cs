using IamPortal.Application.Operators;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Application.Accounts;

/// <summary>
/// Runs work in one account: a DI scope of its own whose selection is that account, acting as the caller with the role
/// they have there (or as the given identity: background work). Every service inside then reads, changes, audits and
/// caches for that account.
/// </summary>
public interface IAccountScopes
{
    Task<T> RunAsync<T>(string accountId, Func<IServiceProvider, CancellationToken, Task<T>> work, CancellationToken ct = default);

    Task<T> RunAsync<T>(string accountId, OperatorIdentity identity, Func<IServiceProvider, CancellationToken, Task<T>> work, CancellationToken ct = default);
}

public sealed class AccountScopes(IServiceScopeFactory scopes, IOperatorContext operators, IAccountDirectory directory) : IAccountScopes
{
    public Task<T> RunAsync<T>(string accountId, Func<IServiceProvider, CancellationToken, Task<T>> work, CancellationToken ct = default) =>
        RunAsync(accountId, operators.For(accountId), work, ct);

    public Task<T> RunAsync<T>(string accountId, OperatorIdentity identity, Func<IServiceProvider, CancellationToken, Task<T>> work,
        CancellationToken ct = default) => RunInAsync(scopes, directory, accountId, identity, work, ct);

    /// <summary>The same from a singleton (background work), which has no caller scope of its own to start from.</summary>
    public static async Task<T> RunInAsync<T>(IServiceScopeFactory scopes, IAccountDirectory directory, string accountId, OperatorIdentity identity,
        Func<IServiceProvider, CancellationToken, Task<T>> work, CancellationToken ct)
    {
        await directory.ListAsync(ct);
        await using var scope = scopes.CreateAsyncScope();
        if (directory.IsMultiAccount) scope.ServiceProvider.GetRequiredService<AccountSelection>().Use(accountId);
        scope.ServiceProvider.GetRequiredService<OperatorOverride>().Identity = identity;
        return await work(scope.ServiceProvider, ct);
    }
}
