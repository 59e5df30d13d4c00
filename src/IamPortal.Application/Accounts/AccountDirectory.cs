using IamPortal.Application.Iam;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IamPortal.Application.Accounts;

/// <summary>Finds the accounts of an organization (Organizations ListAccounts); absent when discovery is not configured.</summary>
public interface IAccountDiscovery
{
    Task<IReadOnlyList<PortalAccount>> DiscoverAsync(CancellationToken ct);
}

/// <summary>
/// <see cref="IAccountDirectory"/>: the configured accounts, plus the discovered ones reused for
/// <see cref="AccountsOptions.DiscoveryLifetime"/>; in single-account mode, the portal's own account (STS, in a scope of
/// its own). A failed discovery keeps the accounts known so far and says why.
/// </summary>
public sealed class AccountDirectory(
    IOptions<AccountsOptions> options,
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger<AccountDirectory> logger) : IAccountDirectory
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IReadOnlyList<PortalAccount> _accounts = Configured(options.Value);
    private IReadOnlyList<PortalAccount> _discovered = [];
    private DateTimeOffset? _discoveredAt;
    private PortalAccount? _own;

    public bool IsMultiAccount => options.Value.IsMultiAccount;

    public string? DiscoveryError { get; private set; }

    public PortalAccount? Default => IsMultiAccount ? _accounts.FirstOrDefault() : _own;

    public PortalAccount? Find(string accountId) =>
        _accounts.FirstOrDefault(a => a.Id == accountId) ?? (_own?.Id == accountId ? _own : null);

    public async Task<IReadOnlyList<PortalAccount>> ListAsync(CancellationToken ct = default)
    {
        if (!IsMultiAccount) return _own is { } own ? [own] : [await OwnAsync(ct)];
        if (!options.Value.DiscoverFromOrganizations || Fresh()) return _accounts;
        await _gate.WaitAsync(ct);
        try
        {
            if (!Fresh()) await DiscoverAsync(ct);
            return _accounts;
        }
        finally
        {
            _gate.Release();
        }
    }

    private bool Fresh() => _discoveredAt is { } at && time.GetUtcNow() - at < options.Value.DiscoveryLifetime;

    private async Task DiscoverAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var discovery = scope.ServiceProvider.GetService<IAccountDiscovery>()
                ?? throw new InvalidOperationException("Accounts:DiscoverFromOrganizations is set but no Organizations client is registered.");
            _discovered = await discovery.DiscoverAsync(ct);
            DiscoveryError = null;
        }
        catch (IamException e)
        {
            DiscoveryError = $"The organization's accounts could not be listed: {e.Message}";
            logger.LogWarning("Account discovery failed ({Code}); keeping the {Count} accounts known so far", e.Code, _accounts.Count);
        }
        _discoveredAt = time.GetUtcNow();
        var configured = Configured(options.Value);
        var ids = configured.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        _accounts = [.. configured, .. _discovered.Where(a => ids.Add(a.Id))
            .OrderBy(a => a.Target.IsAssumed).ThenBy(a => a.Name, StringComparer.OrdinalIgnoreCase)];
    }

    private async Task<PortalAccount> OwnAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var info = await scope.ServiceProvider.GetRequiredService<IAccountService>().GetAsync(ct);
        return _own = new PortalAccount(info.AccountId, info.Alias ?? info.AccountId, null, null, AccountSource.Portal);
    }

    private static IReadOnlyList<PortalAccount> Configured(AccountsOptions o) =>
        o.List.Select(a => new PortalAccount(a.Id.Trim(), string.IsNullOrWhiteSpace(a.Name) ? a.Id.Trim() : a.Name.Trim(),
            a.RoleArn, a.ExternalId, AccountSource.Configured)).ToList();
}
