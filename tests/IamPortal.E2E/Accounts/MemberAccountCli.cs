using System.Net.Http.Json;
using System.Text.Json;
using IamPortal.Web.Tests.Features.Onboarding;

namespace IamPortal.E2E.Accounts;

/// <summary>The AWS CLI with a member account's own operator keys (from the Sandbox's /_sandbox/accounts), to check that account.</summary>
public static class MemberAccountCli
{
    public static async Task<OnboardingCli> ForAsync(Uri sandboxUrl, string accountId)
    {
        using var http = new HttpClient { BaseAddress = sandboxUrl };
        var account = (await http.GetFromJsonAsync<JsonElement>("/_sandbox/accounts")).EnumerateArray()
            .Single(a => a.GetProperty("id").GetString() == accountId);
        return new OnboardingCli(sandboxUrl, account.GetProperty("operatorAccessKeyId").GetString(), account.GetProperty("operatorSecretAccessKey").GetString());
    }
}
