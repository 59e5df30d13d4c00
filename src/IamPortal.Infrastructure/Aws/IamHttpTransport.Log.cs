using Microsoft.Extensions.Logging;

namespace IamPortal.Infrastructure.Aws;

internal sealed partial class IamHttpTransport
{
    [LoggerMessage(EventId = 1, Message = "IAM {Action} -> {Status} in {ElapsedMs:F0} ms, RequestId {RequestId}, attempt {Attempt}")]
    private partial void LogCall(LogLevel level, string action, int status, double elapsedMs, string? requestId, int attempt);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information,
        Message = "IAM {Action} -> {Status} {ErrorCode} in {ElapsedMs:F0} ms, RequestId {RequestId}, attempt {Attempt}")]
    private partial void LogFailure(string action, int status, double elapsedMs, string? requestId, int attempt, string errorCode);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "IAM {Action} retried (retry {Retry}) in {DelayMs:F0} ms after {Reason}")]
    private partial void LogRetry(string? action, int retry, double delayMs, string reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "IAM {Action} failed: endpoint unreachable after {Attempt} attempt(s) ({Reason})")]
    private partial void LogUnreachable(string action, int attempt, string reason);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "IAM {Action} in account {AccountId}: role session expired, assuming the role again")]
    private partial void LogSessionExpired(string action, string accountId);
}
