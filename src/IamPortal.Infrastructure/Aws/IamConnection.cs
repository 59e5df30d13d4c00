using Amazon.Extensions.NETCore.Setup;
using Amazon.Runtime;
using IamPortal.Application.Accounts;
using IamPortal.Application.Iam;

namespace IamPortal.Infrastructure.Aws;

/// <summary>
/// Where the portal's IAM calls go (endpoint, signing region) and with which credentials. Built once from the
/// <c>AWS</c> configuration section, the standard AWS environment variables, or an <see cref="IamConnectionOverride"/>.
/// Credentials from the default chain are resolved lazily, on the first call, so start-up never blocks on
/// the instance metadata service and production needs no stored keys.
/// </summary>
public sealed class IamConnection : IAwsConnectionInfo
{
    private readonly Func<AWSCredentials> _credentialFactory;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AWSCredentials? _credentials;

    internal IamConnection(Uri iamEndpoint, Uri? stsServiceUrl, string region, Func<AWSCredentials> credentialFactory, AwsConnectionInfo info,
        Uri? organizationsEndpoint = null)
    {
        IamEndpoint = iamEndpoint;
        OrganizationsEndpoint = organizationsEndpoint;
        StsServiceUrl = stsServiceUrl;
        SigningRegion = region;
        _credentialFactory = credentialFactory;
        Current = info;
    }

    /// <summary>The IAM Query endpoint requests are POSTed to.</summary>
    public Uri IamEndpoint { get; }

    /// <summary>The STS endpoint; null means the SDK's regional default for <see cref="SigningRegion"/>.</summary>
    public Uri? StsServiceUrl { get; }

    /// <summary>The Organizations endpoint; null means the partition's global one (organizations.us-east-1.amazonaws.com).</summary>
    public Uri? OrganizationsEndpoint { get; }

    /// <summary>The region requests are signed for (us-east-1 for IAM's global endpoint).</summary>
    public string SigningRegion { get; }

    public AwsConnectionInfo Current { get; }

    /// <summary>Resolves the credentials once; a failed resolution is retried on the next call.</summary>
    public async Task<AWSCredentials> GetCredentialsAsync(CancellationToken ct)
    {
        if (_credentials is { } cached) return cached;
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_credentials is null)
            {
                try
                {
                    _credentials = await Task.Run(_credentialFactory, ct).ConfigureAwait(false);
                }
                catch (AmazonClientException ex)
                {
                    throw new IamException("CredentialsNotFound",
                        $"No AWS credentials could be found ({Current.CredentialSource}): {ex.Message}", inner: ex);
                }
            }
            return _credentials;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A connection to a fixed endpoint with static keys (demo mode, tests).</summary>
    public static IamConnection FromOverride(IamConnectionOverride o)
    {
        var credentials = new BasicAWSCredentials(o.AccessKeyId, o.SecretAccessKey);
        var source = o.IsSandbox ? "Sandbox operator keys" : $"static keys ({o.AccessKeyId})";
        return new IamConnection(o.ServiceUrl, o.ServiceUrl, o.Region, () => credentials,
            new AwsConnectionInfo(o.ServiceUrl.ToString(), o.Region, source, o.IsSandbox, null), o.ServiceUrl);
    }

    /// <summary>A connection described by the AWS section and the standard environment variables.</summary>
    public static IamConnection FromAwsOptions(AWSOptions options, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var endpoint = AwsEndpointResolver.Resolve(options, environment);
        var credentials = AwsCredentialSourceResolver.Resolve(options, environment);
        var info = new AwsConnectionInfo(endpoint.IamEndpoint.ToString(), endpoint.SigningRegion,
            credentials.Description, IsSandbox: false, credentials.Warning);
        return new IamConnection(endpoint.IamEndpoint, endpoint.StsServiceUrl, endpoint.SigningRegion, credentials.Factory, info,
            endpoint.OrganizationsEndpoint);
    }
}
