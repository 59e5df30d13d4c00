using System.Collections.Concurrent;
using System.Diagnostics;
using IamPortal.Application.Iam;
using IamPortal.Application.Operators;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IamPortal.Application.Accounts;

/// <summary>What one account's part of a fan-out gave: its value, or why it failed (in plain words), and how long it took.</summary>
public sealed record AccountOutcome<T>(PortalAccount Account, T? Value, string? Error, TimeSpan Elapsed)
{
    public bool Succeeded => Error is null;
}

/// <summary>
/// Runs the same work in many accounts, <see cref="AccountsOptions.RefreshParallelism"/> at a time, each in its own
/// account scope (<see cref="IAccountScopes"/>) as the identity given for it. A failed account (role missing, AccessDenied,
/// throttled past the retries) is reported in its outcome and never stops the others.
/// </summary>
public sealed class EveryAccount(IServiceScopeFactory scopes, IAccountDirectory directory, IOptions<AccountsOptions> options, ILogger<EveryAccount> logger)
{
    public async Task<IReadOnlyList<AccountOutcome<T>>> RunAsync<T>(
        IReadOnlyList<PortalAccount> accounts,
        Func<string, OperatorIdentity> identityIn,
        Func<IServiceProvider, PortalAccount, CancellationToken, Task<T>> work,
        Action<AccountOutcome<T>>? progress = null,
        CancellationToken ct = default)
    {
        var outcomes = new ConcurrentDictionary<string, AccountOutcome<T>>(StringComparer.Ordinal);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.RefreshParallelism), CancellationToken = ct };
        await Parallel.ForEachAsync(accounts, parallel, async (account, c) =>
        {
            var outcome = await RunOneAsync(account, identityIn(account.Id), work, c);
            outcomes[account.Id] = outcome;
            progress?.Invoke(outcome);
        });
        return accounts.Select(a => outcomes[a.Id]).ToList();
    }

    private async Task<AccountOutcome<T>> RunOneAsync<T>(PortalAccount account, OperatorIdentity identity,
        Func<IServiceProvider, PortalAccount, CancellationToken, Task<T>> work, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var value = await AccountScopes.RunInAsync(scopes, directory, account.Id, identity, (sp, c) => work(sp, account, c), ct);
            return new AccountOutcome<T>(account, value, null, Stopwatch.GetElapsedTime(started));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is IamException or PortalAccessDeniedException)
        {
            logger.LogWarning("Account {AccountId} ({Name}) failed: {Error}", account.Id, account.Name, e.Message);
            return new AccountOutcome<T>(account, default, e.Message, Stopwatch.GetElapsedTime(started));
        }
        catch (Exception e)
        {
            // A fan-out is a process boundary for each account: one account's defect must not stop the others.
            logger.LogError(e, "Account {AccountId} ({Name}) failed unexpectedly", account.Id, account.Name);
            return new AccountOutcome<T>(account, default, "An unexpected error occurred; it was logged.", Stopwatch.GetElapsedTime(started));
        }
    }
}
