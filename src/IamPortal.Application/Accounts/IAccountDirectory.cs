namespace IamPortal.Application.Accounts;

/// <summary>
/// The accounts the portal manages (singleton): configured ones, discovered ones (Organizations, cached), or — when none
/// is configured — the portal's own account. The first account is the default, used by URLs without an account.
/// </summary>
public interface IAccountDirectory
{
    /// <summary>False: one account, the portal's own (no Accounts section); URLs then carry no account.</summary>
    bool IsMultiAccount { get; }

    /// <summary>Every account: configured ones in their order, then discovered ones (the portal's own account first, then by name). Never throws for a failed discovery (see <see cref="DiscoveryError"/>).</summary>
    Task<IReadOnlyList<PortalAccount>> ListAsync(CancellationToken ct = default);

    /// <summary>The account with this id from the last list (call <see cref="ListAsync"/> first); null when unknown.</summary>
    PortalAccount? Find(string accountId);

    /// <summary>The first account of the last list; null before the first list or in single-account mode.</summary>
    PortalAccount? Default { get; }

    /// <summary>Why the last Organizations discovery failed, in plain words; null when it worked or is not configured.</summary>
    string? DiscoveryError { get; }
}
