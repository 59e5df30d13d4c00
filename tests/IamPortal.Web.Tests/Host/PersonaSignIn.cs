using System.Net;
using System.Text.RegularExpressions;

namespace IamPortal.Web.Tests.Host;

/// <summary>Signs an HTTP client in through the persona picker exactly as the browser form does (antiforgery token included).</summary>
public static partial class PersonaSignIn
{
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string persona, string returnUrl = "/users")
    {
        var page = await client.GetStringAsync($"/account/signin?returnUrl={Uri.EscapeDataString(returnUrl)}");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TokenIn(page),
            ["persona"] = persona,
            ["returnUrl"] = returnUrl,
        });
        return await client.PostAsync("/account/signin/development", form);
    }

    /// <summary>The antiforgery token of the page's first form (the persona form, or the sign-out form of a signed-in page).</summary>
    public static string TokenIn(string html)
    {
        var token = AntiforgeryToken().Match(html);
        token.Success.Should().BeTrue("the page's form carries an antiforgery token");
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    /// <summary>Signs out as the sign-out button does: a form post with the token of a page the operator has open.</summary>
    public static async Task<HttpResponseMessage> SignOutAsync(HttpClient client, string fromPage = "/users")
    {
        var token = TokenIn(await client.GetStringAsync(fromPage));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        return await client.PostAsync("/account/signout", form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
