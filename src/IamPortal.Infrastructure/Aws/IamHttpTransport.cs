using System.Diagnostics;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Amazon;
using Amazon.Runtime;
using IamPortal.Application.Accounts;
using IamPortal.Application.Iam;
using IamPortal.Infrastructure.Aws.RoleSessions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IamPortal.Infrastructure.Aws;

/// <summary>
/// Sends one IAM Query API call: POSTs the form body, signs every attempt afresh with AWSSDK.Core's SigV4 signer,
/// retries throttling, 5xx (not 501) and network failures with exponential backoff and full jitter
/// (<see cref="AwsCallPipeline"/>), and nothing else (AccessDenied and the other 4xx get one attempt), enforces a
/// per-attempt timeout, and turns IAM's <c>&lt;ErrorResponse&gt;</c> into typed <see cref="IamException"/>s.
/// Credentials per call: the portal's own for no target or a target without a role; else a role session from the
/// <see cref="RoleSessionCache"/>, with the operator as SourceIdentity for changes only (reads share a session without
/// one); a session IAM calls expired is dropped and the call made once more with a new one.
/// Logs the Action, status, duration, RequestId and attempt of each call, never parameters, bodies or credentials, and
/// measures each call, retry and throttled answer (<see cref="IamTelemetry"/>).
/// </summary>
internal sealed class IamHttpTransport
{
    public const string HttpClientName = "IamPortal.Aws.Iam";
    private const string ContentType = "application/x-www-form-urlencoded; charset=utf-8";
    private const string Service = "IAM";

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IamConnection _connection;
    private readonly RoleSessionCache _sessions;
    private readonly IamTelemetry _telemetry;
    private readonly ILogger<IamHttpTransport> _logger;
    private readonly AwsCallPipeline _pipeline;
    private readonly AwsRequestSigner.Target _signing;

    public IamHttpTransport(IHttpClientFactory httpClientFactory, IamConnection connection, RoleSessionCache sessions,
        IOptions<IamClientOptions> options, IamTelemetry telemetry, ILogger<IamHttpTransport> logger, TimeProvider? timeProvider = null)
    {
        _telemetry = telemetry;
        _httpClientFactory = httpClientFactory;
        _connection = connection;
        _sessions = sessions;
        _logger = logger;
        _signing = new AwsRequestSigner.Target(connection.IamEndpoint, RegionEndpoint.GetBySystemName(connection.SigningRegion), "iam",
            ContentType, "text/xml");
        _pipeline = new AwsCallPipeline(options.Value, timeProvider ?? TimeProvider.System, Service, connection.IamEndpoint, logger);
    }

    /// <summary>Sends the call to <paramref name="target"/> (null: the portal's own account) and returns IAM's response document.</summary>
    /// <param name="sourceIdentity">The operator, set on the role session of a change (not of a read).</param>
    public async Task<XDocument> SendAsync(QueryRequestBuilder query, AwsTarget? target, string? sourceIdentity, CancellationToken ct)
    {
        var call = _telemetry.StartCall(query.Action);
        try
        {
            var document = await SendForTargetAsync(query, target, IsRead(query.Action) ? null : sourceIdentity, call, ct).ConfigureAwait(false);
            call.Succeeded(IamXmlReader.RequestId(document));
            return document;
        }
        catch (Exception e)
        {
            call.Failed(e);
            throw;
        }
    }

    private async Task<XDocument> SendForTargetAsync(QueryRequestBuilder query, AwsTarget? target, string? sourceIdentity,
        IamTelemetry.Call call, CancellationToken ct)
    {
        var body = Encoding.UTF8.GetBytes(query.ToFormBody());
        if (target is not { IsAssumed: true })
        {
            var own = await _connection.GetCredentialsAsync(ct).ConfigureAwait(false);
            return await _pipeline.ExecuteAsync(query.Action, call, t => SendOnceAsync(query.Action, body, own, call, t), ct).ConfigureAwait(false);
        }

        var session = await _sessions.GetAsync(target, sourceIdentity, ct).ConfigureAwait(false);
        try
        {
            return await _pipeline.ExecuteAsync(query.Action, call, t => SendOnceAsync(query.Action, body, session.Credentials, call, t), ct)
                .ConfigureAwait(false);
        }
        catch (IamException e) when (IsExpiredToken(e.Code))
        {
            AwsCallLog.SessionExpired(_logger, query.Action, target.AccountId);
            _sessions.Forget(target, sourceIdentity, session);
            var renewed = await _sessions.GetAsync(target, sourceIdentity, ct).ConfigureAwait(false);
            return await _pipeline.ExecuteAsync(query.Action, call, t => SendOnceAsync(query.Action, body, renewed.Credentials, call, t), ct)
                .ConfigureAwait(false);
        }
    }

    private async Task<XDocument> SendOnceAsync(string action, byte[] body, AWSCredentials credentials, IamTelemetry.Call call, CancellationToken ct)
    {
        var attempt = call.Attempts;
        using var request = await AwsRequestSigner.SignAsync(_signing, body, credentials, [], ct).ConfigureAwait(false);
        var client = _httpClientFactory.CreateClient(HttpClientName);
        var started = Stopwatch.GetTimestamp();
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var status = (int)response.StatusCode;

        if (response.IsSuccessStatusCode)
        {
            XDocument doc;
            try
            {
                doc = IamXmlReader.Parse(text);
            }
            catch (XmlException ex)
            {
                throw new IamException(IamXmlReader.MalformedResponse, $"{action} returned a response that is not XML.", null, status, ex);
            }
            AwsCallLog.Call(_logger, IsRead(action) ? LogLevel.Debug : LogLevel.Information, Service, action, status, elapsed, IamXmlReader.RequestId(doc), attempt);
            return doc;
        }

        var error = IamXmlReader.ReadError(text);
        var requestId = error?.RequestId ?? AwsCallPipeline.HeaderValue(response, "x-amzn-RequestId");
        var code = error?.Code ?? (status >= 500 ? IamErrorCodes.ServiceFailure : $"Http{status}");
        var message = error?.Message ?? $"{action} failed with HTTP {status} {response.ReasonPhrase}.";
        AwsCallLog.Failure(_logger, Service, action, status, elapsed, requestId, attempt, code);
        var failure = IamException.From(code, message, requestId, status);
        if (failure is ThrottlingException) call.Throttled(code);
        throw failure;
    }

    /// <summary>Reads (List*, Get*) run in a session without SourceIdentity; everything else is a change made for the operator.</summary>
    /// <summary>Reads change nothing in the account: List*, Get*, and the report jobs (Generate*) and simulations (Simulate*).</summary>
    internal static bool IsRead(string action) =>
        action.StartsWith("List", StringComparison.Ordinal) || action.StartsWith("Get", StringComparison.Ordinal)
        || action.StartsWith("Generate", StringComparison.Ordinal) || action.StartsWith("Simulate", StringComparison.Ordinal);

    private static bool IsExpiredToken(string code) => code is "ExpiredToken" or "ExpiredTokenException";
}
