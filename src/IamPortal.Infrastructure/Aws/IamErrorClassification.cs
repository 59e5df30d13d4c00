using IamPortal.Application.Iam;

namespace IamPortal.Infrastructure.Aws;

/// <summary>
/// Which IAM failures another attempt can fix (ADR 0010). Transient: throttling (the codes AWS SDKs retry, or HTTP 429),
/// a 5xx other than 501, and an endpoint that could not be reached. Everything else is permanent, because the same
/// request gets the same answer: AccessDenied and the other 4xx, and NotImplemented (501, an endpoint without the action).
/// </summary>
internal static class IamErrorClassification
{
    public const string NotImplemented = "NotImplemented";

    public static bool IsThrottling(string code, int httpStatus) =>
        httpStatus == 429 || IamErrorCodes.IsThrottling(code) || code == "TooManyRequests";

    public static bool IsTransient(IamException error) =>
        IsThrottling(error.Code, error.HttpStatus)
        || error.Code == IamErrorCodes.EndpointUnreachable
        || (error.HttpStatus >= 500 && error.HttpStatus != 501 && error.Code != NotImplemented);
}
