namespace IamPortal.Web.Auth;

/// <summary>The <c>Authentication:Provider</c> setting: how operators sign in.</summary>
public enum AuthenticationProvider
{
    /// <summary>Not configured: the Development environment falls back to <see cref="Development"/>; anything else refuses to start.</summary>
    None,
    /// <summary>A persona picker with a cookie (Security admin, Team lead, Auditor, No role). Development environment only.</summary>
    Development,
    /// <summary>Any OpenID Connect provider: authorization code flow with PKCE (<c>Oidc</c> section).</summary>
    Oidc,
    /// <summary>Microsoft Entra ID through Microsoft.Identity.Web (<c>AzureAd</c> section).</summary>
    EntraId,
}
