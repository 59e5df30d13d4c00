using System.Net.Http.Headers;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;

namespace IamPortal.Infrastructure.Aws;

/// <summary>
/// Builds one signed POST with AWSSDK.Core's SigV4 signer: the IAM Query client and the Organizations JSON client both
/// send through it. For session credentials (an assumed role) the signer adds <c>X-Amz-Security-Token</c> and lists it
/// in SignedHeaders (StubbedTransportTests checks both).
/// </summary>
internal static class AwsRequestSigner
{
    /// <summary>What a service's POSTs have in common: where, how signed, and their content type.</summary>
    internal sealed record Target(Uri Endpoint, RegionEndpoint Region, string Service, string ContentType, string Accept);

    public static async Task<HttpRequestMessage> SignAsync(Target target, byte[] body, AWSCredentials credentials,
        IReadOnlyList<KeyValuePair<string, string>> headers, CancellationToken ct)
    {
        var signingRequest = new AWSSigningRequest { HttpMethod = HttpMethod.Post, RequestUri = target.Endpoint, Content = body };
        signingRequest.Headers["Content-Type"] = target.ContentType;
        foreach (var (name, value) in headers) signingRequest.Headers[name] = value;
        var parameters = new AWSSigV4Parameters { Credentials = credentials, Region = target.Region, Service = target.Service };
        var signed = await AWSSigV4Signer.SignAsync(signingRequest, parameters, ct).ConfigureAwait(false);

        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", target.ContentType);
        var request = new HttpRequestMessage(HttpMethod.Post, target.Endpoint) { Content = content };
        // The signer answers with the headers it added (Authorization, X-Amz-Date, X-Amz-Security-Token, ...); the
        // caller's own signed headers are sent as given.
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        foreach (var (name, value) in signed.Headers)
        {
            if (name.StartsWith("content-", StringComparison.OrdinalIgnoreCase) || name.Equals("host", StringComparison.OrdinalIgnoreCase)
                || request.Headers.Contains(name)) continue;
            request.Headers.TryAddWithoutValidation(name, value);
        }
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(target.Accept));
        return request;
    }
}
