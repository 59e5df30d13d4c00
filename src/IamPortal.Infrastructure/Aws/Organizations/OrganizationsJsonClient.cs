using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Amazon;
using IamPortal.Application.Accounts;
using IamPortal.Application.Iam;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IamPortal.Infrastructure.Aws.Organizations;

/// <summary>
/// <see cref="IOrganizationsClient"/> over the Organizations JSON 1.1 API (the SDK package is not used): <c>POST /</c>
/// with <c>X-Amz-Target: AWSOrganizationsV20161128.&lt;Action&gt;</c>, signed with AWSSDK.Core's SigV4 for service
/// <c>organizations</c> in the partition's home region, with the portal's own credentials. Retries, backoff and the
/// per-attempt timeout are the IAM client's (<see cref="AwsCallPipeline"/>, <c>Iam</c> options); TooManyRequestsException
/// is throttling. JSON errors become typed <see cref="IamException"/>s (AccessDeniedException as AccessDenied).
/// </summary>
internal sealed class OrganizationsJsonClient : IOrganizationsClient
{
    public const string HttpClientName = "IamPortal.Aws.Organizations";
    private const string ContentType = "application/x-amz-json-1.1";
    private const string Service = "Organizations";
    private const string TargetPrefix = "AWSOrganizationsV20161128.";
    private const int PageSize = 20;

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IamConnection _connection;
    private readonly IamTelemetry _telemetry;
    private readonly ILogger<OrganizationsJsonClient> _logger;
    private readonly AwsCallPipeline _pipeline;
    private readonly AwsRequestSigner.Target _signing;

    public OrganizationsJsonClient(IHttpClientFactory httpClientFactory, IamConnection connection, IOptions<IamClientOptions> options,
        IamTelemetry telemetry, ILogger<OrganizationsJsonClient> logger, TimeProvider? timeProvider = null)
    {
        _httpClientFactory = httpClientFactory;
        _connection = connection;
        _telemetry = telemetry;
        _logger = logger;
        var (global, signingRegion) = AwsEndpointResolver.OrganizationsGlobalEndpoint(connection.SigningRegion);
        var endpoint = options.Value.OrganizationsEndpoint is { Length: > 0 } configured ? new Uri(configured)
            : connection.OrganizationsEndpoint ?? global;
        Endpoint = endpoint;
        _signing = new AwsRequestSigner.Target(endpoint, RegionEndpoint.GetBySystemName(signingRegion), "organizations", ContentType, ContentType);
        _pipeline = new AwsCallPipeline(options.Value, timeProvider ?? TimeProvider.System, Service, endpoint, logger);
    }

    /// <summary>Where the calls go.</summary>
    public Uri Endpoint { get; }

    public async Task<OrganizationDescription> DescribeOrganizationAsync(CancellationToken ct = default) =>
        OrganizationsJsonReader.Organization(await CallAsync("DescribeOrganization", "{}", ct).ConfigureAwait(false));

    public async Task<IReadOnlyList<OrganizationAccount>> ListAccountsAsync(CancellationToken ct = default)
    {
        var accounts = new List<OrganizationAccount>();
        string? token = null;
        do
        {
            var body = JsonSerializer.Serialize(new ListAccountsRequest(PageSize, token), OrganizationsJsonContext.Default.ListAccountsRequest);
            var page = OrganizationsJsonReader.Accounts(await CallAsync("ListAccounts", body, ct).ConfigureAwait(false));
            accounts.AddRange(page.Accounts);
            if (page.NextToken is not null && page.NextToken == token)
                throw new IamException(IamXmlReader.MalformedResponse, "ListAccounts returned the same NextToken twice.");
            token = page.NextToken;
        }
        while (token is not null);
        return accounts;
    }

    /// <summary>Sends one action with retries and returns the answer's JSON.</summary>
    private async Task<string> CallAsync(string action, string json, CancellationToken ct)
    {
        var call = _telemetry.StartCall(action, Service);
        try
        {
            var body = Encoding.UTF8.GetBytes(json);
            var credentials = await _connection.GetCredentialsAsync(ct).ConfigureAwait(false);
            var (text, requestId) = await _pipeline.ExecuteAsync(action, call, t => SendOnceAsync(action, body, credentials, call, t), ct)
                .ConfigureAwait(false);
            call.Succeeded(requestId);
            return text;
        }
        catch (Exception e)
        {
            call.Failed(e);
            throw;
        }
    }

    private async Task<(string Text, string? RequestId)> SendOnceAsync(string action, byte[] body, Amazon.Runtime.AWSCredentials credentials,
        IamTelemetry.Call call, CancellationToken ct)
    {
        var attempt = call.Attempts;
        using var request = await AwsRequestSigner.SignAsync(_signing, body, credentials, [new("X-Amz-Target", TargetPrefix + action)], ct)
            .ConfigureAwait(false);
        var started = Stopwatch.GetTimestamp();
        using var response = await _httpClientFactory.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseContentRead, ct)
            .ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var status = (int)response.StatusCode;
        var requestId = AwsCallPipeline.HeaderValue(response, "x-amzn-RequestId");
        if (response.IsSuccessStatusCode)
        {
            AwsCallLog.Call(_logger, LogLevel.Debug, Service, action, status, elapsed, requestId, attempt);
            return (text, requestId);
        }

        var error = OrganizationsJsonReader.ReadError(text, AwsCallPipeline.HeaderValue(response, "x-amzn-ErrorType"));
        var code = error?.Code switch
        {
            null => status >= 500 ? IamErrorCodes.ServiceFailure : $"Http{status}",
            "AccessDeniedException" => IamErrorCodes.AccessDenied,
            var c => c,
        };
        AwsCallLog.Failure(_logger, Service, action, status, elapsed, requestId, attempt, code);
        var failure = IamException.From(code, error?.Message ?? $"{action} failed with HTTP {status} {response.ReasonPhrase}.", requestId, status);
        if (failure is ThrottlingException) call.Throttled(code);
        throw failure;
    }
}
