using System.Security.Cryptography;
using System.Text;

namespace IamPortal.Sandbox.Auth;

/// <summary>
/// Recomputes an AWS Signature Version 4 (header form) with a known secret and compares it with the
/// signature the client sent. Follows the AWS "Create a canonical request" rules: canonical URI,
/// sorted RFC 3986-encoded query, lower-cased trimmed signed headers, hex SHA-256 of the raw body.
/// </summary>
public static class SigV4Verifier
{
    public static bool Verify(SigV4Request request, SigV4Authorization auth, string secret)
    {
        var expected = ComputeSignature(request, auth, secret);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(auth.Signature));
    }

    public static string ComputeSignature(SigV4Request request, SigV4Authorization auth, string secret)
    {
        var amzDate = Header(request, "x-amz-date") ?? "";
        var canonical = CanonicalRequest(request, auth.SignedHeaders);
        var stringToSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{auth.Scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + secret), auth.Date);
        key = Hmac(key, auth.Region);
        key = Hmac(key, auth.Service);
        key = Hmac(key, "aws4_request");
        return Hex(Hmac(key, stringToSign));
    }

    public static string CanonicalRequest(SigV4Request request, IReadOnlyList<string> signedHeaders)
    {
        var sb = new StringBuilder();
        sb.Append(request.Method.ToUpperInvariant()).Append('\n');
        sb.Append(CanonicalUri(request.Path)).Append('\n');
        sb.Append(CanonicalQuery(request.RawQueryString)).Append('\n');
        foreach (var name in signedHeaders)
            sb.Append(name).Append(':').Append(NormalizeValue(Header(request, name) ?? "")).Append('\n');
        sb.Append('\n').Append(string.Join(';', signedHeaders)).Append('\n');
        sb.Append(Header(request, "x-amz-content-sha256") is { } h && h != "UNSIGNED-PAYLOAD" && h.Length == 64
            ? h
            : Hex(SHA256.HashData(request.Body)));
        return sb.ToString();
    }

    private static string? Header(SigV4Request request, string name) =>
        request.Headers.TryGetValue(name, out var v) ? v : null;

    private static string CanonicalUri(string path)
    {
        if (string.IsNullOrEmpty(path)) return "/";
        var segments = path.Split('/').Select(s => Encode(Uri.UnescapeDataString(s)));
        return string.Join('/', segments);
    }

    private static string CanonicalQuery(string raw)
    {
        if (string.IsNullOrEmpty(raw)) return "";
        var pairs = raw.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p =>
            {
                var eq = p.IndexOf('=');
                var k = eq < 0 ? p : p[..eq];
                var v = eq < 0 ? "" : p[(eq + 1)..];
                return (Key: Encode(Uri.UnescapeDataString(k.Replace('+', ' '))), Value: Encode(Uri.UnescapeDataString(v.Replace('+', ' '))));
            })
            .OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal);
        return string.Join('&', pairs.Select(p => p.Key + "=" + p.Value));
    }

    private static string NormalizeValue(string value)
    {
        var sb = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value.Trim())
        {
            if (c == ' ') { if (!space) sb.Append(c); space = true; }
            else { sb.Append(c); space = false; }
        }
        return sb.ToString();
    }

    /// <summary>RFC 3986 encoding: everything but unreserved characters, upper-case hex.</summary>
    public static string Encode(string s) => Uri.EscapeDataString(s);

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
