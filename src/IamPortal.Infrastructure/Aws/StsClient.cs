using System.Net.Sockets;
using Amazon;
using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using IamPortal.Application.Iam;
using Microsoft.Extensions.Options;

namespace IamPortal.Infrastructure.Aws;

/// <summary>
/// <see cref="IStsClient"/> over AWSSDK.SecurityToken. Talks to <c>AWS_ENDPOINT_URL_STS</c>, or the custom IAM endpoint
/// when one is set (the Sandbox answers STS there), else STS's regional endpoint. SDK errors become
/// <see cref="IamException"/>s so callers see one error type.
/// </summary>
internal sealed class StsClient(IamConnection connection, IOptions<IamClientOptions> options) : IStsClient, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AmazonSecurityTokenServiceClient? _client;

    public async Task<CallerIdentity> GetCallerIdentityAsync(CancellationToken ct = default)
    {
        var client = await GetClientAsync(ct).ConfigureAwait(false);
        try
        {
            var response = await client.GetCallerIdentityAsync(new GetCallerIdentityRequest(), ct).ConfigureAwait(false);
            return new CallerIdentity(response.Account, response.Arn, response.UserId);
        }
        catch (AmazonServiceException ex) when (IsUnreachable(ex))
        {
            throw Unreachable(ex);
        }
        catch (AmazonServiceException ex)
        {
            throw IamException.From(ex.ErrorCode ?? "Unknown", ex.Message, ex.RequestId, (int)ex.StatusCode, ex);
        }
        catch (HttpRequestException ex)
        {
            throw Unreachable(ex);
        }
        catch (OperationCanceledException ex) when (!ct.IsCancellationRequested)
        {
            throw Unreachable(ex);
        }
    }

    private async Task<AmazonSecurityTokenServiceClient> GetClientAsync(CancellationToken ct)
    {
        if (_client is { } existing) return existing;
        var credentials = await connection.GetCredentialsAsync(ct).ConfigureAwait(false);
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return _client ??= new AmazonSecurityTokenServiceClient(credentials, CreateConfig());
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

    private static bool IsUnreachable(AmazonServiceException ex) =>
        ex.StatusCode == 0 && ex.InnerException is HttpRequestException or SocketException or TaskCanceledException or TimeoutException;

    private IamException Unreachable(Exception ex) => new(IamErrorCodes.EndpointUnreachable,
        $"STS at {connection.StsServiceUrl?.ToString() ?? connection.SigningRegion} could not be reached: {ex.Message}", inner: ex);

    public void Dispose()
    {
        _client?.Dispose();
        _gate.Dispose();
    }
}
