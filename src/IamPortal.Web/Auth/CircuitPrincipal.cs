using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace IamPortal.Web.Auth;

/// <summary>The signed-in principal of the current Blazor circuit (scoped), kept current by <see cref="CircuitPrincipalHandler"/>.</summary>
public sealed class CircuitPrincipal
{
    public ClaimsPrincipal? User { get; set; }
}

/// <summary>Copies the circuit's authentication state into <see cref="CircuitPrincipal"/> so synchronous services can read it.</summary>
public sealed class CircuitPrincipalHandler(AuthenticationStateProvider authentication, CircuitPrincipal principal)
    : CircuitHandler, IDisposable
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        authentication.AuthenticationStateChanged += OnAuthenticationChanged;
        principal.User = (await authentication.GetAuthenticationStateAsync()).User;
    }

    private void OnAuthenticationChanged(Task<AuthenticationState> state) =>
        _ = state.ContinueWith(t => principal.User = t.Result.User, TaskContinuationOptions.OnlyOnRanToCompletion);

    public void Dispose() => authentication.AuthenticationStateChanged -= OnAuthenticationChanged;
}
