namespace IamPortal.Web.Auth;

/// <summary>Claim types the portal adds to an operator's session cookie.</summary>
public static class PortalClaimTypes
{
    /// <summary>Names the sign-in provider (Development, Oidc, EntraId).</summary>
    public const string Provider = "iamportal:provider";

    /// <summary>When the session cookie expires, in Unix seconds; kept current on sliding renewal, read by the open circuit.</summary>
    public const string SessionExpires = "iamportal:session_expires";
}
