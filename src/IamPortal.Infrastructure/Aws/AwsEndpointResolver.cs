using Amazon.Extensions.NETCore.Setup;

namespace IamPortal.Infrastructure.Aws;

/// <summary>
/// Picks the IAM endpoint and signing region. Precedence: <c>AWS_ENDPOINT_URL_IAM</c>, then the <c>AWS:ServiceURL</c>
/// setting, then <c>AWS_ENDPOINT_URL</c>, then IAM's global endpoint for the partition of the configured region.
/// IAM's global endpoint always signs with the partition's home region (us-east-1 for the commercial partition).
/// </summary>
internal static class AwsEndpointResolver
{
    internal sealed record ResolvedEndpoint(Uri IamEndpoint, Uri? StsServiceUrl, string SigningRegion);

    public static ResolvedEndpoint Resolve(AWSOptions options, Func<string, string?> environment)
    {
        var configuredRegion = options.Region?.SystemName
            ?? NonEmpty(environment("AWS_REGION"))
            ?? NonEmpty(environment("AWS_DEFAULT_REGION"));
        var custom = NonEmpty(environment("AWS_ENDPOINT_URL_IAM"))
            ?? NonEmpty(options.DefaultClientConfig?.ServiceURL)
            ?? NonEmpty(environment("AWS_ENDPOINT_URL"));
        var stsOverride = NonEmpty(environment("AWS_ENDPOINT_URL_STS"));

        if (custom is not null)
        {
            var iam = ParseEndpoint(custom);
            var sts = stsOverride is not null ? ParseEndpoint(stsOverride) : iam;
            return new ResolvedEndpoint(iam, sts, configuredRegion ?? "us-east-1");
        }

        var (host, signingRegion) = GlobalEndpoint(configuredRegion);
        return new ResolvedEndpoint(new Uri($"https://{host}/"), stsOverride is null ? null : ParseEndpoint(stsOverride), signingRegion);
    }

    /// <summary>IAM is a global service with one endpoint per partition.</summary>
    internal static (string Host, string SigningRegion) GlobalEndpoint(string? region) => region switch
    {
        not null when region.StartsWith("cn-", StringComparison.Ordinal) => ("iam.cn-north-1.amazonaws.com.cn", "cn-north-1"),
        not null when region.StartsWith("us-gov-", StringComparison.Ordinal) => ("iam.us-gov.amazonaws.com", "us-gov-west-1"),
        _ => ("iam.amazonaws.com", "us-east-1"),
    };

    private static Uri ParseEndpoint(string value)
    {
        if (!value.Contains("://", StringComparison.Ordinal)) value = "https://" + value;
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new InvalidOperationException($"'{value}' is not a valid http(s) endpoint URL for IAM.");
        }
        return uri;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
