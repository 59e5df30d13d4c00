using System.Net.Http.Json;
using IamPortal.Sandbox;

namespace IamPortal.Web.Tests.Flows;

/// <summary>The Sandbox's persistent per-action fault, set and cleared over HTTP as any test tool outside the process would.</summary>
public static class SandboxFaultSwitch
{
    /// <summary>Every call of <paramref name="action"/> answers IAM's <paramref name="code"/> until <see cref="StopFailingAsync"/>.</summary>
    public static async Task FailAlwaysAsync(this SandboxServer sandbox, string action, string code, int? status = null)
    {
        using var http = new HttpClient { BaseAddress = sandbox.BaseUrl };
        (await http.PutAsJsonAsync($"/_sandbox/fail-always/{action}", new { code, status })).EnsureSuccessStatusCode();
    }

    public static async Task StopFailingAsync(this SandboxServer sandbox, string action)
    {
        using var http = new HttpClient { BaseAddress = sandbox.BaseUrl };
        (await http.DeleteAsync($"/_sandbox/fail-always/{action}")).EnsureSuccessStatusCode();
    }
}
