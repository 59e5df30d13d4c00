using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace IamPortal.Web.Auth;

/// <summary>
/// The circuit's authentication state, checked every <c>Authentication:SessionCheckSeconds</c> (a minute): once the session cookie's expiry (carried in the
/// principal) has passed, the circuit turns anonymous and the page sends the operator to sign in again.
/// </summary>
public sealed class SessionExpiryAuthenticationStateProvider(ILoggerFactory loggerFactory, TimeProvider time, PortalAuthenticationSettings settings)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => settings.SessionCheck;

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        Task.FromResult(IsSessionValid(authenticationState));

    /// <summary>Signed in and not past the session's expiry (principals without one, e.g. auto sign-in, do not expire).</summary>
    public bool IsSessionValid(AuthenticationState state) =>
        state.User.Identity?.IsAuthenticated == true
        && (SessionCookieEvents.ExpiresAt(state.User) is not { } expires || expires > time.GetUtcNow());
}
