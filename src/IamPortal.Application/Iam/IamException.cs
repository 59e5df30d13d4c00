namespace IamPortal.Application.Iam;

/// <summary>An error IAM returned (or the transport failed in a way IAM would describe), with IAM's own code.</summary>
public class IamException(string code, string message, string? requestId = null, int httpStatus = 0, Exception? inner = null)
    : Exception(message, inner)
{
    public string Code { get; } = code;
    public string? RequestId { get; } = requestId;
    public int HttpStatus { get; } = httpStatus;

    /// <summary>Whether another attempt, now or later, can succeed (ADR 0010): throttling, a 5xx other than 501, an unreachable endpoint.</summary>
    public bool IsTransient => IamErrorCodes.IsTransient(Code, HttpStatus);

    /// <summary>Builds the most specific typed exception for an IAM error code.</summary>
    public static IamException From(string code, string message, string? requestId = null, int httpStatus = 0, Exception? inner = null) => code switch
    {
        IamErrorCodes.NoSuchEntity => new NoSuchEntityException(message, requestId, httpStatus),
        IamErrorCodes.EntityAlreadyExists => new EntityAlreadyExistsException(message, requestId, httpStatus),
        IamErrorCodes.DeleteConflict => new DeleteConflictException(message, requestId, httpStatus),
        IamErrorCodes.LimitExceeded => new LimitExceededException(message, requestId, httpStatus),
        IamErrorCodes.MalformedPolicyDocument => new MalformedPolicyDocumentException(message, requestId, httpStatus),
        IamErrorCodes.PasswordPolicyViolation => new PasswordPolicyViolationException(message, requestId, httpStatus),
        IamErrorCodes.AccessDenied => new IamAccessDeniedException(message, requestId, httpStatus),
        IamErrorCodes.InvalidInput or IamErrorCodes.ValidationError => new InvalidInputException(code, message, requestId, httpStatus),
        _ when IamErrorCodes.IsThrottling(code) || httpStatus == 429 => new ThrottlingException(code, message, requestId, httpStatus),
        _ => new IamException(code, message, requestId, httpStatus, inner),
    };
}

public sealed class NoSuchEntityException(string message, string? requestId = null, int httpStatus = 404)
    : IamException(IamErrorCodes.NoSuchEntity, message, requestId, httpStatus);
public sealed class EntityAlreadyExistsException(string message, string? requestId = null, int httpStatus = 409)
    : IamException(IamErrorCodes.EntityAlreadyExists, message, requestId, httpStatus);
public sealed class DeleteConflictException(string message, string? requestId = null, int httpStatus = 409)
    : IamException(IamErrorCodes.DeleteConflict, message, requestId, httpStatus);
public sealed class LimitExceededException(string message, string? requestId = null, int httpStatus = 409)
    : IamException(IamErrorCodes.LimitExceeded, message, requestId, httpStatus);
public sealed class MalformedPolicyDocumentException(string message, string? requestId = null, int httpStatus = 400)
    : IamException(IamErrorCodes.MalformedPolicyDocument, message, requestId, httpStatus);
public sealed class PasswordPolicyViolationException(string message, string? requestId = null, int httpStatus = 400)
    : IamException(IamErrorCodes.PasswordPolicyViolation, message, requestId, httpStatus);
public sealed class IamAccessDeniedException(string message, string? requestId = null, int httpStatus = 403)
    : IamException(IamErrorCodes.AccessDenied, message, requestId, httpStatus);
public sealed class InvalidInputException(string code, string message, string? requestId = null, int httpStatus = 400)
    : IamException(code, message, requestId, httpStatus);
public sealed class ThrottlingException(string code, string message, string? requestId = null, int httpStatus = 400)
    : IamException(code, message, requestId, httpStatus);

public static class IamErrorCodes
{
    public const string NoSuchEntity = "NoSuchEntity";
    public const string EntityAlreadyExists = "EntityAlreadyExists";
    public const string DeleteConflict = "DeleteConflict";
    public const string LimitExceeded = "LimitExceeded";
    public const string ConcurrentModification = "ConcurrentModification";
    public const string MalformedPolicyDocument = "MalformedPolicyDocument";
    public const string PolicyNotAttachable = "PolicyNotAttachable";
    public const string InvalidInput = "InvalidInput";
    public const string ValidationError = "ValidationError";
    public const string PasswordPolicyViolation = "PasswordPolicyViolation";
    public const string EntityTemporarilyUnmodifiable = "EntityTemporarilyUnmodifiable";
    public const string ReportNotPresent = "ReportNotPresent";
    public const string ReportExpired = "ReportExpired";
    public const string ReportInProgress = "ReportInProgress";
    public const string Throttling = "Throttling";
    public const string ServiceFailure = "ServiceFailure";
    public const string InvalidClientTokenId = "InvalidClientTokenId";
    public const string SignatureDoesNotMatch = "SignatureDoesNotMatch";
    public const string AccessDenied = "AccessDenied";
    /// <summary>Not an IAM code: the endpoint could not be reached or did not answer in time.</summary>
    public const string EndpointUnreachable = "EndpointUnreachable";

    /// <summary>Not an IAM code: an IAM-compatible endpoint that does not implement the action (HTTP 501).</summary>
    public const string NotImplemented = "NotImplemented";
    /// <summary>Not an IAM code: IAM's answer lacked an element the portal needs (named in the message).</summary>
    public const string MalformedResponse = "MalformedResponse";

    public static bool IsThrottling(string code) =>
        code is Throttling or "ThrottlingException" or "RequestLimitExceeded" or "TooManyRequestsException" or "TooManyRequests";

    /// <summary>
    /// Which failures another attempt can fix (ADR 0010): throttling (by code or HTTP 429), a 5xx other than 501, and an
    /// endpoint that could not be reached. AccessDenied, the other 4xx and NotImplemented get the same answer every time.
    /// </summary>
    public static bool IsTransient(string code, int httpStatus) =>
        httpStatus == 429 || IsThrottling(code) || code == EndpointUnreachable
        || (httpStatus >= 500 && httpStatus != 501 && code != NotImplemented);
}
