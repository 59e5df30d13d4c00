using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Amazon;
using Amazon.Runtime.Signing;
using IamPortal.Application.Iam;
using IamPortal.Application.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace IamPortal.Infrastructure.Aws;

/// <summary>
/// Sends one IAM Query API call: POSTs the form body, signs every attempt afresh with AWSSDK.Core's SigV4 signer,
/// retries throttling, 5xx (not 501) and network failures with exponential backoff and full jitter (Polly), and nothing
/// else (<see cref="IamException.IsTransient"/>: AccessDenied and the other 4xx get one attempt), enforces a
/// per-attempt timeout, and turns IAM's <c>&lt;ErrorResponse&gt;</c> into typed <see cref="IamException"/>s.
/// Logs the Action, status, duration, RequestId and attempt of each call, never parameters or bodies, and measures each
/// call, retry and throttled answer (<see cref="IamTelemetry"/>).
/// </summary>
internal sealed partial class IamHttpTransport
{
    public const string HttpClientName = "IamPortal.Aws.Iam";
    private const string ContentType = "application/x-www-form-urlencoded; charset=utf-8";
    private const string SigningService = "iam";
    private static readonly ResiliencePropertyKey<IamTelemetry.Call> CallKey = new("IamPortal.Iam.Call");

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IamConnection _connection;
    private readonly IamTelemetry _telemetry;
    private readonly ILogger<IamHttpTransport> _logger;
    private readonly ResiliencePipeline _pipeline;
    private readonly RegionEndpoint _signingRegion;

    public IamHttpTransport(IHttpClientFactory httpClientFactory, IamConnection connection, IOptions<IamClientOptions> options,
        IamTelemetry telemetry, ILogger<IamHttpTransport> logger, TimeProvider? timeProvider = null)
    {
        _telemetry = telemetry;
        _httpClientFactory = httpClientFactory;
        _connection = connection;
        _logger = logger;
        _signingRegion = RegionEndpoint.GetBySystemName(connection.SigningRegion);
        _pipeline = BuildPipeline(options.Value, timeProvider ?? TimeProvider.System);
    }

    /// <summary>Sends the call and returns IAM's response document.</summary>
    public async Task<XDocument> SendAsync(QueryRequestBuilder query, CancellationToken ct)
    {
        var call = _telemetry.StartCall(query.Action);
        try
        {
            var document = await SendWithRetriesAsync(query, call, ct).ConfigureAwait(false);
            call.Succeeded(IamXmlReader.RequestId(document));
            return document;
        }
        catch (Exception e)
        {
            call.Failed(e);
            throw;
        }
    }

    private async Task<XDocument> SendWithRetriesAsync(QueryRequestBuilder query, IamTelemetry.Call call, CancellationToken ct)
    {
        var body = Encoding.UTF8.GetBytes(query.ToFormBody());
        var context = ResilienceContextPool.Shared.Get(query.Action, ct);
        context.Properties.Set(CallKey, call);
        try
        {
            return await _pipeline.ExecuteAsync(async ctx =>
            {
                call.Attempted();
                return await SendOnceAsync(query.Action, body, call, ctx.CancellationToken).ConfigureAwait(false);
            }, context).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException ex)
        {
            LogUnreachable(query.Action, call.Attempts, ex.GetType().Name);
            throw new IamException(IamErrorCodes.EndpointUnreachable,
                $"IAM at {_connection.IamEndpoint} did not answer within the timeout ({call.Attempts} attempt(s)).", inner: ex);
        }
        catch (HttpRequestException ex)
        {
            LogUnreachable(query.Action, call.Attempts, ex.HttpRequestError.ToString());
            throw new IamException(IamErrorCodes.EndpointUnreachable,
                $"IAM at {_connection.IamEndpoint} could not be reached ({call.Attempts} attempt(s)): {ex.Message}", inner: ex);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task<XDocument> SendOnceAsync(string action, byte[] body, IamTelemetry.Call call, CancellationToken ct)
    {
        var attempt = call.Attempts;
        var credentials = await _connection.GetCredentialsAsync(ct).ConfigureAwait(false);
        using var request = await BuildSignedRequestAsync(body, credentials, ct).ConfigureAwait(false);
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
            LogCall(IsRead(action) ? LogLevel.Debug : LogLevel.Information, action, status, elapsed, IamXmlReader.RequestId(doc), attempt);
            return doc;
        }

        var error = IamXmlReader.ReadError(text);
        var requestId = error?.RequestId ?? HeaderValue(response, "x-amzn-RequestId");
        var code = error?.Code ?? (status >= 500 ? IamErrorCodes.ServiceFailure : $"Http{status}");
        var message = error?.Message ?? $"{action} failed with HTTP {status} {response.ReasonPhrase}.";
        LogFailure(action, status, elapsed, requestId, attempt, code);
        var failure = IamException.From(code, message, requestId, status);
        if (failure is ThrottlingException) call.Throttled(code);
        throw failure;
    }

    private async Task<HttpRequestMessage> BuildSignedRequestAsync(byte[] body, Amazon.Runtime.AWSCredentials credentials, CancellationToken ct)
    {
        var signingRequest = new AWSSigningRequest { HttpMethod = HttpMethod.Post, RequestUri = _connection.IamEndpoint, Content = body };
        signingRequest.Headers["Content-Type"] = ContentType;
        var parameters = new AWSSigV4Parameters { Credentials = credentials, Region = _signingRegion, Service = SigningService };
        var signed = await AWSSigV4Signer.SignAsync(signingRequest, parameters, ct).ConfigureAwait(false);

        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        var request = new HttpRequestMessage(HttpMethod.Post, _connection.IamEndpoint) { Content = content };
        foreach (var (name, value) in signed.Headers)
        {
            if (name.StartsWith("content-", StringComparison.OrdinalIgnoreCase) || name.Equals("host", StringComparison.OrdinalIgnoreCase)) continue;
            request.Headers.TryAddWithoutValidation(name, value);
        }
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/xml"));
        return request;
    }

    private ResiliencePipeline BuildPipeline(IamClientOptions options, TimeProvider timeProvider)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = timeProvider };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome.Exception, args.Context.CancellationToken)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(RetryDelay.FullJitter(args.AttemptNumber, options.BaseDelayMs, options.MaxDelayMs)),
                OnRetry = args =>
                {
                    LogRetry(args.Context.OperationKey, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds, Describe(args.Outcome.Exception));
                    if (args.Context.Properties.TryGetValue(CallKey, out var call))
                        call.Retried(args.Outcome.Exception is { } e ? TelemetryTags.ErrorTypeOf(e) : "unknown", args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        }
        return builder.AddTimeout(options.Timeout).Build();
    }

    internal static bool IsTransient(Exception? exception, CancellationToken callerToken) => exception switch
    {
        IamException iam => iam.IsTransient,
        HttpRequestException => true,
        TimeoutRejectedException => !callerToken.IsCancellationRequested,
        _ => false,
    };

    private static bool IsRead(string action) =>
        action.StartsWith("List", StringComparison.Ordinal) || action.StartsWith("Get", StringComparison.Ordinal);

    private static string Describe(Exception? exception) => exception switch
    {
        IamException iam => $"{iam.Code} (HTTP {iam.HttpStatus})",
        HttpRequestException http => $"network error {http.HttpRequestError}",
        null => "unknown",
        _ => exception.GetType().Name,
    };

    private static string? HeaderValue(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    [LoggerMessage(EventId = 1, Message = "IAM {Action} -> {Status} in {ElapsedMs:F0} ms, RequestId {RequestId}, attempt {Attempt}")]
    private partial void LogCall(LogLevel level, string action, int status, double elapsedMs, string? requestId, int attempt);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information,
        Message = "IAM {Action} -> {Status} {ErrorCode} in {ElapsedMs:F0} ms, RequestId {RequestId}, attempt {Attempt}")]
    private partial void LogFailure(string action, int status, double elapsedMs, string? requestId, int attempt, string errorCode);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "IAM {Action} retried (retry {Retry}) in {DelayMs:F0} ms after {Reason}")]
    private partial void LogRetry(string? action, int retry, double delayMs, string reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "IAM {Action} failed: endpoint unreachable after {Attempt} attempt(s) ({Reason})")]
    private partial void LogUnreachable(string action, int attempt, string reason);
}
