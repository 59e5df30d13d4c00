using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace IamPortal.E2E.Oidc;

/// <summary>
/// Drives the provider like a browser plus the portal's back channel would, with a plain <see cref="HttpClient"/>
/// (cookie container, redirects not followed), so each hop of the authorization code + PKCE flow can be asserted.
/// </summary>
internal sealed partial class OidcFlowClient : IDisposable
{
    private readonly HttpClient _http;

    public OidcFlowClient(Uri authority)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        _http = new HttpClient(handler) { BaseAddress = authority, Timeout = TimeSpan.FromSeconds(120) };
    }

    public string CodeVerifier { get; } = Base64Url(RandomNumberGenerator.GetBytes(32));
    public string State { get; } = Guid.NewGuid().ToString("N");
    public string Nonce { get; } = Guid.NewGuid().ToString("N");

    public Task<HttpResponseMessage> GetAsync(string relativeOrAbsoluteUrl) => _http.GetAsync(relativeOrAbsoluteUrl);

    /// <summary>Submits an HTML page's (auto-posting) form with its hidden fields, as a browser would.</summary>
    public async Task<HttpResponseMessage> SubmitHiddenFormAsync(string html)
    {
        var action = WebUtility.HtmlDecode(FormAction().Match(html).Groups["action"].Value);
        return await _http.PostAsync(action, new FormUrlEncodedContent(HiddenFields(html)));
    }

    public Task<HttpResponseMessage> AuthorizeAsync(Uri redirectUri) => _http.GetAsync(QueryHelpers.AddQueryString(
        "connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = TestOidcProvider.ClientId,
            ["redirect_uri"] = redirectUri.AbsoluteUri,
            ["response_type"] = "code",
            ["scope"] = "openid profile email",
            ["state"] = State,
            ["nonce"] = Nonce,
            ["code_challenge"] = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(CodeVerifier))),
            ["code_challenge_method"] = "S256",
        }));

    /// <summary>Loads the login form at <paramref name="loginUrl"/> and posts it with every hidden field it carries.</summary>
    public async Task<HttpResponseMessage> SubmitLoginAsync(Uri loginUrl, string userName, string password)
    {
        var page = await _http.GetStringAsync(loginUrl);
        var fields = HiddenFields(page);
        fields["username"] = userName;
        fields["password"] = password;
        return await _http.PostAsync("login", new FormUrlEncodedContent(fields));
    }

    public Task<HttpResponseMessage> RedeemCodeAsync(string code, Uri redirectUri, string? codeVerifier = null) =>
        _http.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = redirectUri.AbsoluteUri,
            ["code_verifier"] = codeVerifier ?? CodeVerifier,
            ["client_id"] = TestOidcProvider.ClientId,
            ["client_secret"] = TestOidcProvider.ClientSecret,
        }));

    /// <summary>Decodes the payload (middle part) of a JWT without validating it.</summary>
    public static JsonElement JwtPayload(string jwt)
    {
        var payload = jwt.Split('.')[1];
        return JsonDocument.Parse(WebEncoders.Base64UrlDecode(payload)).RootElement.Clone();
    }

    public static Dictionary<string, string> Query(Uri location) =>
        QueryHelpers.ParseQuery(location.Query).ToDictionary(p => p.Key, p => p.Value.ToString());

    public void Dispose() => _http.Dispose();

    private static Dictionary<string, string> HiddenFields(string html) => HiddenInput().Matches(html).ToDictionary(
        m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));

    private static string Base64Url(byte[] bytes) => WebEncoders.Base64UrlEncode(bytes);

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)" value="(?<value>[^"]*)"\s*/?>""")]
    private static partial Regex HiddenInput();

    [GeneratedRegex("""<form[^>]*action="(?<action>[^"]+)"[^>]*>""")]
    private static partial Regex FormAction();
}
