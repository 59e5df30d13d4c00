using IamPortal.Application.Iam;
using IamPortal.Application.Telemetry;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace IamPortal.Infrastructure.Aws;

/// <summary>
/// The retry and timeout pipeline of every AWS call the portal sends by hand (IAM Query, Organizations JSON), from the
/// <c>Iam</c> options: <see cref="IamClientOptions.MaxRetries"/> retries of what another attempt can fix (throttling,
/// 5xx but 501, network failures: <see cref="IamException.IsTransient"/>), exponential backoff with full jitter, and a
/// per-attempt timeout. Each retry is logged (<see cref="AwsCallLog"/>) and counted on the call's
/// <see cref="IamTelemetry.Call"/>; a call that never got an answer ends as <see cref="IamErrorCodes.EndpointUnreachable"/>.
/// </summary>
internal sealed class AwsCallPipeline
{
    private static readonly ResiliencePropertyKey<IamTelemetry.Call> CallKey = new("IamPortal.Aws.Call");

    private readonly ResiliencePipeline _pipeline;
    private readonly string _service;
    private readonly string _where;
    private readonly ILogger _logger;

    /// <param name="service">The service as logs and errors name it ("IAM", "Organizations").</param>
    /// <param name="endpoint">Where its calls go, for the error of a call that got no answer.</param>
    public AwsCallPipeline(IamClientOptions options, TimeProvider timeProvider, string service, Uri endpoint, ILogger logger)
    {
        _service = service;
        _where = $"{service} at {endpoint}";
        _logger = logger;
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
                    AwsCallLog.Retry(_logger, _service, args.Context.OperationKey, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds,
                        Describe(args.Outcome.Exception));
                    if (args.Context.Properties.TryGetValue(CallKey, out var call))
                        call.Retried(args.Outcome.Exception is { } e ? TelemetryTags.ErrorTypeOf(e) : "unknown", args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        }
        _pipeline = builder.AddTimeout(options.Timeout).Build();
    }

    /// <summary>Runs <paramref name="attempt"/> with retries, counting each attempt on <paramref name="call"/>.</summary>
    public async Task<T> ExecuteAsync<T>(string action, IamTelemetry.Call call, Func<CancellationToken, Task<T>> attempt, CancellationToken ct)
    {
        var context = ResilienceContextPool.Shared.Get(action, ct);
        context.Properties.Set(CallKey, call);
        try
        {
            return await _pipeline.ExecuteAsync(async ctx =>
            {
                call.Attempted();
                return await attempt(ctx.CancellationToken).ConfigureAwait(false);
            }, context).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException ex)
        {
            AwsCallLog.Unreachable(_logger, _service, action, call.Attempts, ex.GetType().Name);
            throw new IamException(IamErrorCodes.EndpointUnreachable,
                $"{_where} did not answer within the timeout ({call.Attempts} attempt(s)).", inner: ex);
        }
        catch (HttpRequestException ex)
        {
            AwsCallLog.Unreachable(_logger, _service, action, call.Attempts, ex.HttpRequestError.ToString());
            throw new IamException(IamErrorCodes.EndpointUnreachable,
                $"{_where} could not be reached ({call.Attempts} attempt(s)): {ex.Message}", inner: ex);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    internal static bool IsTransient(Exception? exception, CancellationToken callerToken) => exception switch
    {
        IamException iam => iam.IsTransient,
        HttpRequestException => true,
        TimeoutRejectedException => !callerToken.IsCancellationRequested,
        _ => false,
    };

    private static string Describe(Exception? exception) => exception switch
    {
        IamException iam => $"{iam.Code} (HTTP {iam.HttpStatus})",
        HttpRequestException http => $"network error {http.HttpRequestError}",
        null => "unknown",
        _ => exception.GetType().Name,
    };

    internal static string? HeaderValue(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
