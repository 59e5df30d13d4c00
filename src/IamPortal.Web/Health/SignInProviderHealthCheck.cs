using System.Text.Json;
using IamPortal.Web.Auth;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace IamPortal.Web.Health;

/// <summary>
/// Readiness (Oidc and EntraId only): the sign-in provider's discovery document can be fetched now, through the OpenID
/// Connect handler's own address and back channel. Without it no operator can sign in.
/// </summary>
public sealed class SignInProviderHealthCheck(IOptionsMonitor<OpenIdConnectOptions> oidc) : IHealthCheck
{
    public const string Name = "sign-in-provider";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var options = oidc.Get(SignInEndpoints.SsoSchemeName);
        var address = options.MetadataAddress;
        if (string.IsNullOrEmpty(address) || options.Backchannel is not { } http)
            return HealthCheckResult.Unhealthy("The sign-in provider has no metadata address configured.");

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            using var response = await http.GetAsync(address, timeout.Token);
            if (!response.IsSuccessStatusCode)
                return Unreachable(address, $"it answered {(int)response.StatusCode} {response.ReasonPhrase}");
            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
            using var document = await JsonDocument.ParseAsync(body, cancellationToken: timeout.Token);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("authorization_endpoint", out _)
                ? HealthCheckResult.Healthy($"Read the sign-in provider's discovery document at {address}.")
                : Unreachable(address, "it is not an OpenID Connect discovery document (no authorization_endpoint)");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Unreachable(address, $"no answer within {Timeout.TotalSeconds:0} seconds");
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException)
        {
            return Unreachable(address, ex.Message);
        }
    }

    private static HealthCheckResult Unreachable(string address, string reason) =>
        HealthCheckResult.Unhealthy($"The sign-in provider cannot be reached: its discovery document at {address} could not be read ({reason}).");
}
