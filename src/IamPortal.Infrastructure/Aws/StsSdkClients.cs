using Amazon;
using Amazon.Runtime;
using Amazon.SecurityToken;
using IamPortal.Application.Accounts;
using IamPortal.Infrastructure.Aws.RoleSessions;
using Microsoft.Extensions.Options;

namespace IamPortal.Infrastructure.Aws;

/// <summary>
/// The AWSSDK.SecurityToken clients the portal uses, made once: one with the portal's own credentials (AssumeRole,
/// GetAccessKeyInfo, GetCallerIdentity without a target) and one per assumed role, whose credentials are read from the
/// <see cref="RoleSessionCache"/> on each request. Endpoint: <c>AWS_ENDPOINT_URL_STS</c>, or the custom IAM endpoint
/// when one is set (the Sandbox answers STS there), else STS's regional endpoint.
/// </summary>
internal sealed class StsSdkClients(IamConnection connection, IOptions<IamClientOptions> options) : IDisposable
{
    private const int MaxTargetClients = 1_000;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<(string RoleArn, string? ExternalId), AmazonSecurityTokenServiceClient> _targets = [];
    private AmazonSecurityTokenServiceClient? _own;

    /// <summary>Where STS calls go, for error messages.</summary>
    public string Endpoint => connection.StsServiceUrl?.ToString() ?? connection.SigningRegion;

    /// <summary>The client signed with the portal's own credentials.</summary>
    public async Task<AmazonSecurityTokenServiceClient> OwnAsync(CancellationToken ct)
    {
        if (_own is { } existing) return existing;
        var credentials = await connection.GetCredentialsAsync(ct).ConfigureAwait(false);
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return _own ??= new AmazonSecurityTokenServiceClient(credentials, CreateConfig());
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The client signed with <paramref name="target"/>'s role session (without a SourceIdentity: STS reads only).</summary>
    public async Task<AmazonSecurityTokenServiceClient> ForTargetAsync(AwsTarget target, RoleSessionCache sessions, CancellationToken ct)
    {
        var key = (target.RoleArn ?? throw new ArgumentException("The target has no role to assume.", nameof(target)), target.ExternalId);
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_targets.TryGetValue(key, out var client)) return client;
            // Beyond the bound, forget the clients rather than dispose them: another request may be using one.
            if (_targets.Count >= MaxTargetClients) _targets.Clear();
            return _targets[key] = new AmazonSecurityTokenServiceClient(new RoleSessionCredentials(sessions, target), CreateConfig());
        }
        finally
        {
            _gate.Release();
        }
    }

    private AmazonSecurityTokenServiceConfig CreateConfig()
    {
        var config = new AmazonSecurityTokenServiceConfig
        {
            MaxErrorRetry = options.Value.MaxRetries,
            Timeout = options.Value.Timeout,
        };
        if (connection.StsServiceUrl is { } url)
        {
            config.ServiceURL = url.ToString();
            config.AuthenticationRegion = connection.SigningRegion;
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(connection.SigningRegion);
        }
        return config;
    }

    public void Dispose()
    {
        _own?.Dispose();
        foreach (var client in _targets.Values) client.Dispose();
        _gate.Dispose();
    }

    /// <summary>The current role session of a target, as SDK credentials (refreshed by the cache, never stored here).</summary>
    private sealed class RoleSessionCredentials(RoleSessionCache sessions, AwsTarget target) : AWSCredentials
    {
        public override async Task<ImmutableCredentials> GetCredentialsAsync()
        {
            var session = await sessions.GetAsync(target, sourceIdentity: null, CancellationToken.None).ConfigureAwait(false);
            return await session.Credentials.GetCredentialsAsync().ConfigureAwait(false);
        }

        /// <summary>The SDK's synchronous path (not used on .NET, where every STS call is async).</summary>
        public override ImmutableCredentials GetCredentials() => GetCredentialsAsync().GetAwaiter().GetResult();
    }
}
