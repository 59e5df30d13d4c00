using Microsoft.Extensions.Logging;

namespace IamPortal.Infrastructure.Aws;

/// <summary>
/// The log lines of the AWS calls the portal sends by hand, one style for IAM and Organizations: service, action,
/// status, duration, RequestId and attempt; never parameters, bodies or credentials.
/// </summary>
internal static partial class AwsCallLog
{
    [LoggerMessage(EventId = 1, Message = "{Service} {Action} -> {Status} in {ElapsedMs:F0} ms, RequestId {RequestId}, attempt {Attempt}")]
    public static partial void Call(ILogger logger, LogLevel level, string service, string action, int status, double elapsedMs, string? requestId, int attempt);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information,
        Message = "{Service} {Action} -> {Status} {ErrorCode} in {ElapsedMs:F0} ms, RequestId {RequestId}, attempt {Attempt}")]
    public static partial void Failure(ILogger logger, string service, string action, int status, double elapsedMs, string? requestId, int attempt, string errorCode);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "{Service} {Action} retried (retry {Retry}) in {DelayMs:F0} ms after {Reason}")]
    public static partial void Retry(ILogger logger, string service, string? action, int retry, double delayMs, string reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "{Service} {Action} failed: endpoint unreachable after {Attempt} attempt(s) ({Reason})")]
    public static partial void Unreachable(ILogger logger, string service, string action, int attempt, string reason);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "IAM {Action} in account {AccountId}: role session expired, assuming the role again")]
    public static partial void SessionExpired(ILogger logger, string action, string accountId);
}
