namespace IamPortal.Application.Accounts;

/// <summary>Where the account of a request or circuit comes from when nothing chose one explicitly (Web: the URL).</summary>
public interface IRequestedAccount
{
    /// <summary>The account id the URL names; null when it names none.</summary>
    string? AccountId { get; }
}

/// <summary>No URL (tests, tools): the default account.</summary>
public sealed class NoRequestedAccount : IRequestedAccount
{
    public string? AccountId => null;
}

/// <summary>
/// Scoped: the account this scope acts on. Background work and cross-account views choose it with <see cref="Use"/>;
/// otherwise it is the one the URL names (<see cref="IRequestedAccount"/>); null means the directory's default.
/// </summary>
public sealed class AccountSelection(IRequestedAccount requested)
{
    private string? _explicit;

    public string? AccountId => _explicit ?? requested.AccountId;

    public void Use(string accountId) => _explicit = accountId;
}
