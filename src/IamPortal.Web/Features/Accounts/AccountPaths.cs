using IamPortal.Application.Accounts;

namespace IamPortal.Web.Features.Accounts;

/// <summary>
/// The account in a URL: <c>/accounts/{id}/…</c>. The part after the account is the page, so the portal serves every
/// account's pages under <c>&lt;base href="/accounts/{id}/"&gt;</c> and its links are relative (ADR 0026).
/// </summary>
public static class AccountPaths
{
    public const string Prefix = "/accounts";

    /// <summary>The account page's link to an account's page (<paramref name="page"/> relative, e.g. "users").</summary>
    public static string For(string accountId, string page = "users") => $"{Prefix}/{accountId}/{page.TrimStart('/')}";

    /// <summary>The account id a path starts with; null when it names none.</summary>
    public static string? AccountIdOf(string? path)
    {
        if (path is null || !path.StartsWith(Prefix + "/", StringComparison.OrdinalIgnoreCase)) return null;
        var rest = path[(Prefix.Length + 1)..];
        var id = rest.Split('/', 2)[0];
        return PortalAccount.IsAccountId(id) ? id : null;
    }
}
