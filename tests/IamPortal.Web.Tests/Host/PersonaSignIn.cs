using System.Net;
using System.Text.RegularExpressions;

namespace IamPortal.Web.Tests.Host;

/// <summary>Signs an HTTP client in through the persona picker exactly as the browser form does (antiforgery token included).</summary>
public static partial class PersonaSignIn
{
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string persona, string returnUrl = "/users")
    {
        var page = await client.GetStringAsync($"/account/signin?returnUrl={Uri.EscapeDataString(returnUrl)}");
        var token = AntiforgeryToken().Match(page);
        token.Success.Should().BeTrue("the persona form carries an antiforgery token");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["persona"] = persona,
            ["returnUrl"] = returnUrl,
        });
        return await client.PostAsync("/account/signin/development", form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
