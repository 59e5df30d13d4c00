namespace IamPortal.Web.Auth;

/// <summary>
/// Tells a failure to reach the sign-in provider from any other error: the OpenID Connect handler (Oidc and EntraId)
/// could not fetch the provider's metadata before a challenge. Microsoft.IdentityModel reports that with its stable
/// code IDX20803 ("Unable to obtain configuration from ..."), the network error inside.
/// </summary>
public static class SignInProviderFailure
{
    private const string MetadataUnavailableCode = "IDX20803:";

    public static bool IsUnreachable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is InvalidOperationException && e.Message.StartsWith(MetadataUnavailableCode, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
