namespace IamPortal.Sandbox.Auth;

/// <summary>The parts of an HTTP request that AWS Signature Version 4 covers.</summary>
public sealed record SigV4Request(
    string Method,
    string Path,
    string RawQueryString,
    IReadOnlyDictionary<string, string> Headers,
    byte[] Body);

/// <summary>The parsed Authorization header: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...</summary>
public sealed record SigV4Authorization(string AccessKeyId, string Date, string Region, string Service, IReadOnlyList<string> SignedHeaders, string Signature)
{
    public string Scope => $"{Date}/{Region}/{Service}/aws4_request";

    public static SigV4Authorization? Parse(string? header)
    {
        if (header is null || !header.StartsWith("AWS4-HMAC-SHA256", StringComparison.Ordinal)) return null;
        string? credential = null, signedHeaders = null, signature = null;
        foreach (var part in header["AWS4-HMAC-SHA256".Length..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=');
            if (eq < 0) continue;
            var value = part[(eq + 1)..];
            switch (part[..eq])
            {
                case "Credential": credential = value; break;
                case "SignedHeaders": signedHeaders = value; break;
                case "Signature": signature = value; break;
            }
        }
        var scope = credential?.Split('/');
        if (scope is not { Length: 5 } || signedHeaders is null || signature is null) return null;
        return new SigV4Authorization(scope[0], scope[1], scope[2], scope[3], signedHeaders.Split(';'), signature);
    }
}
