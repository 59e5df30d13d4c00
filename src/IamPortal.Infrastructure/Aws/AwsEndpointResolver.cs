using Amazon.Extensions.NETCore.Setup;

namespace IamPortal.Infrastructure.Aws;

/// <summary>
/// Picks the IAM endpoint and signing region. Precedence: <c>AWS_ENDPOINT_URL_IAM</c>, then the <c>AWS:ServiceURL</c>
/// setting, then <c>AWS_ENDPOINT_URL</c>, then IAM's global endpoint for the partition of the configured region.
/// IAM's global endpoint always signs with the partition's home region (us-east-1 for the commercial partition).
/// STS and Organizations follow a custom endpoint (the Sandbox answers all three) unless <c>AWS_ENDPOINT_URL_STS</c>
/// or <c>AWS_ENDPOINT_URL_ORGANIZATIONS</c> names their own.
/// </summary>
internal static class AwsEndpointResolver
{
    /// <param name="OrganizationsEndpoint">Null: the partition's global Organizations endpoint.</param>
    internal sealed record ResolvedEndpoint(Uri IamEndpoint, Uri? StsServiceUrl, string SigningRegion, Uri? OrganizationsEndpoint = null);

    public static ResolvedEndpoint Resolve(AWSOptions options, Func<string, string?> environment)
    {
        var configuredRegion = options.Region?.SystemName
            ?? NonEmpty(environment("AWS_REGION"))
            ?? NonEmpty(environment("AWS_DEFAULT_REGION"));
        var custom = NonEmpty(environment("AWS_ENDPOINT_URL_IAM"))
            ?? NonEmpty(options.DefaultClientConfig?.ServiceURL)
            ?? NonEmpty(environment("AWS_ENDPOINT_URL"));
        var stsOverride = NonEmpty(environment("AWS_ENDPOINT_URL_STS"));
        var organizationsOverride = NonEmpty(environment("AWS_ENDPOINT_URL_ORGANIZATIONS")) is { } o ? ParseEndpoint(o) : null;

        if (custom is not null)
        {
            var iam = ParseEndpoint(custom);
            var sts = stsOverride is not null ? ParseEndpoint(stsOverride) : iam;
            return new ResolvedEndpoint(iam, sts, configuredRegion ?? "us-east-1", organizationsOverride ?? iam);
        }

        var (host, signingRegion) = GlobalEndpoint(configuredRegion);
        return new ResolvedEndpoint(new Uri($"https://{host}/"), stsOverride is null ? null : ParseEndpoint(stsOverride), signingRegion,
            organizationsOverride);
    }

    /// <summary>IAM is a global service with one endpoint per partition.</summary>
    internal static (string Host, string SigningRegion) GlobalEndpoint(string? region) => region switch
    {
        not null when region.StartsWith("cn-", StringComparison.Ordinal) => ("iam.cn-north-1.amazonaws.com.cn", "cn-north-1"),
        not null when region.StartsWith("us-gov-", StringComparison.Ordinal) => ("iam.us-gov.amazonaws.com", "us-gov-west-1"),
        _ => ("iam.amazonaws.com", "us-east-1"),
    };

    /// <summary>Organizations is global too: one endpoint per partition, signed for the partition's home region.</summary>
    internal static (Uri Endpoint, string SigningRegion) OrganizationsGlobalEndpoint(string? region) => region switch
    {
        not null when region.StartsWith("cn-", StringComparison.Ordinal) => (new Uri("https://organizations.cn-northwest-1.amazonaws.com.cn/"), "cn-northwest-1"),
        not null when region.StartsWith("us-gov-", StringComparison.Ordinal) => (new Uri("https://organizations.us-gov-west-1.amazonaws.com/"), "us-gov-west-1"),
        _ => (new Uri("https://organizations.us-east-1.amazonaws.com/"), "us-east-1"),
    };

    internal static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    internal static Uri ParseEndpoint(string value)
    {
        if (!value.Contains("://", StringComparison.Ordinal)) value = "https://" + value;
        if (!IsHttpUrl(value))
        {
            throw new InvalidOperationException($"'{value}' is not a valid http(s) endpoint URL for IAM.");
        }
        return new Uri(value);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
