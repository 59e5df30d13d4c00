using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace IamPortal.Sandbox.Tests.Infrastructure;

public sealed record IamResponse(int Status, XDocument Xml, TimeSpan Elapsed)
{
    public static readonly XNamespace Iam = "https://iam.amazonaws.com/doc/2010-05-08/";

    public string? ErrorCode => Xml.Root?.Element(Iam + "Error")?.Element(Iam + "Code")?.Value;

    /// <summary>Elements by local name (IAM and STS use different namespaces).</summary>
    public IEnumerable<XElement> All(string name) => Xml.Descendants().Where(e => e.Name.LocalName == name);

    public string? Value(string name) => All(name).FirstOrDefault()?.Value;
}

/// <summary>
/// A minimal SigV4 signer written independently of the sandbox's verifier, for in-process tests that need
/// many calls (the AWS CLI remains the fidelity driver).
/// </summary>
public sealed class SignedClient(Uri baseUrl) : IDisposable
{
    private static readonly HashSet<string> StsActions = ["GetCallerIdentity", "AssumeRole", "GetAccessKeyInfo"];

    private readonly HttpClient _http = new() { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };

    public Task<IamResponse> CallAsync(string action, params (string Key, string Value)[] parameters) =>
        CallAsync(SandboxAccount.OperatorAccessKeyId, SandboxAccount.OperatorSecretAccessKey, action, parameters);

    public Task<IamResponse> CallAsync(string keyId, string secret, string action, params (string Key, string Value)[] parameters) =>
        CallAsync(keyId, secret, null, action, parameters);

    /// <summary>Signs with temporary credentials: the session token travels in a signed X-Amz-Security-Token header.</summary>
    public async Task<IamResponse> CallAsync(string keyId, string secret, string? sessionToken, string action, params (string Key, string Value)[] parameters)
    {
        var service = StsActions.Contains(action) ? "sts" : "iam";
        var version = service == "sts" ? "2011-06-15" : "2010-05-08";
        var pairs = new List<(string, string)> { ("Action", action), ("Version", version) };
        pairs.AddRange(parameters);
        var body = string.Join('&', pairs.Select(p => Uri.EscapeDataString(p.Item1) + "=" + Uri.EscapeDataString(p.Item2)));
        using var request = SignedPost(keyId, secret, sessionToken, service, "application/x-www-form-urlencoded; charset=utf-8", Encoding.UTF8.GetBytes(body), []);
        var sw = System.Diagnostics.Stopwatch.StartNew();
        using var response = await _http.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var elapsed = sw.Elapsed;
        using var stream = new MemoryStream(bytes);
        return new IamResponse((int)response.StatusCode, XDocument.Load(stream), elapsed);
    }

    /// <summary>An Organizations JSON 1.1 call (X-Amz-Target AWSOrganizationsV20161128.&lt;action&gt;, service organizations).</summary>
    public async Task<(int Status, JsonElement Json)> OrganizationsAsync(string keyId, string secret, string action, string json = "{}")
    {
        using var request = SignedPost(keyId, secret, null, "organizations", "application/x-amz-json-1.1", Encoding.UTF8.GetBytes(json),
            [("x-amz-target", "AWSOrganizationsV20161128." + action)]);
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>A POST signed with SigV4 over content-type, host, x-amz-date, the session token and any extra headers.</summary>
    private HttpRequestMessage SignedPost(string keyId, string secret, string? sessionToken, string service, string contentType, byte[] body,
        (string Name, string Value)[] extra)
    {
        var now = DateTime.UtcNow;
        var amzDate = now.ToString("yyyyMMdd'T'HHmmss'Z'");
        var date = now.ToString("yyyyMMdd");
        var headers = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["content-type"] = contentType, ["host"] = baseUrl.Authority, ["x-amz-date"] = amzDate,
        };
        if (sessionToken is not null) headers["x-amz-security-token"] = sessionToken;
        foreach (var (name, value) in extra) headers[name] = value;
        var signedHeaders = string.Join(';', headers.Keys);
        var canonical = $"POST\n/\n\n{string.Concat(headers.Select(h => $"{h.Key}:{h.Value}\n"))}\n{signedHeaders}\n{Hex(SHA256.HashData(body))}";
        var scope = $"{date}/{SandboxAccount.Region}/{service}/aws4_request";
        var toSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + secret), date);
        foreach (var part in new[] { SandboxAccount.Region, service, "aws4_request" }) key = Hmac(key, part);

        var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new ByteArrayContent(body) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        foreach (var (name, value) in headers.Where(h => h.Key is not ("content-type" or "host")))
            request.Headers.TryAddWithoutValidation(name, value);
        request.Headers.TryAddWithoutValidation("Authorization",
            $"AWS4-HMAC-SHA256 Credential={keyId}/{scope}, SignedHeaders={signedHeaders}, Signature={Hex(Hmac(key, toSign))}");
        return request;
    }

    /// <summary>A signed GET with the parameters in the query string (IAM accepts both forms).</summary>
    public async Task<IamResponse> GetAsync(string action, params (string Key, string Value)[] parameters)
    {
        var pairs = new List<(string Key, string Value)> { ("Action", action), ("Version", "2010-05-08") };
        pairs.AddRange(parameters);
        var query = string.Join('&', pairs.Select(p => (K: Uri.EscapeDataString(p.Key), V: Uri.EscapeDataString(p.Value)))
            .OrderBy(p => p.K, StringComparer.Ordinal).Select(p => p.K + "=" + p.V));
        var now = DateTime.UtcNow;
        var amzDate = now.ToString("yyyyMMdd'T'HHmmss'Z'");
        var date = now.ToString("yyyyMMdd");
        var canonical = $"GET\n/\n{query}\nhost:{baseUrl.Authority}\nx-amz-date:{amzDate}\n\nhost;x-amz-date\n{Hex(SHA256.HashData([]))}";
        var scope = $"{date}/{SandboxAccount.Region}/iam/aws4_request";
        var toSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + SandboxAccount.OperatorSecretAccessKey), date);
        foreach (var part in new[] { SandboxAccount.Region, "iam", "aws4_request" }) key = Hmac(key, part);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/?" + query);
        request.Headers.TryAddWithoutValidation("X-Amz-Date", amzDate);
        request.Headers.TryAddWithoutValidation("Authorization",
            $"AWS4-HMAC-SHA256 Credential={SandboxAccount.OperatorAccessKeyId}/{scope}, SignedHeaders=host;x-amz-date, Signature={Hex(Hmac(key, toSign))}");
        var sw = System.Diagnostics.Stopwatch.StartNew();
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new IamResponse((int)response.StatusCode, XDocument.Parse(text), sw.Elapsed);
    }

    public HttpClient Raw => _http;

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);

    public void Dispose() => _http.Dispose();
}
