namespace IamPortal.E2E.Oidc;

/// <summary>Thread-safe record of the user names for which the provider issued an authorization code.</summary>
internal sealed class OidcSignInLog
{
    private readonly List<string> _entries = [];

    public void Add(string userName)
    {
        lock (_entries) _entries.Add(userName);
    }

    public IReadOnlyList<string> Snapshot()
    {
        lock (_entries) return _entries.ToArray();
    }
}
