using IamPortal.Web.Auth;
using Microsoft.AspNetCore.Components;

namespace IamPortal.Web.Features.SignIn;

/// <summary>
/// The sign-in page: the Development provider's persona picker (Security admin preselected: one click opens the demo),
/// or a button that starts the SSO provider's sign-in.
/// </summary>
public partial class SignInPage
{
    private const string DefaultPersona = "SecurityAdmin";

    [Inject] private PortalAuthenticationSettings Settings { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "returnUrl")] private string? ReturnUrl { get; set; }

    /// <summary>Set when an open page's session ended (see NotAuthorizedRedirect).</summary>
    [SupplyParameterFromQuery(Name = "expired")] private bool Expired { get; set; }

    private bool IsDevelopment => Settings.Provider == AuthenticationProvider.Development;

    private string SafeReturnUrl => SignInEndpoints.LocalUrl(ReturnUrl);

    private string LoginUrl => $"{SignInEndpoints.LoginPath}?returnUrl={Uri.EscapeDataString(SafeReturnUrl)}";
}
