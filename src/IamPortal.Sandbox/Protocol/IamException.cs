namespace IamPortal.Sandbox.Protocol;

/// <summary>An IAM error returned to the caller as an ErrorResponse document.</summary>
public sealed class IamException(string code, string message, int? status = null) : Exception(message)
{
    public string Code { get; } = code;
    public int Status { get; } = status ?? StatusFor(code);
    public string Type => Status >= 500 ? "Receiver" : "Sender";

    public static int StatusFor(string code) => code switch
    {
        "NoSuchEntity" => 404,
        "EntityAlreadyExists" or "DeleteConflict" or "LimitExceeded" or "ConcurrentModification"
            or "EntityTemporarilyUnmodifiable" => 409,
        "ReportNotPresent" or "ReportExpired" => 410,
        "ReportInProgress" => 404,
        "ServiceFailure" or "InternalFailure" => 500,
        "NotImplemented" => 501,
        "ServiceUnavailable" => 503,
        "TooManyRequests" or "TooManyRequestsException" => 429,
        "InvalidClientTokenId" or "SignatureDoesNotMatch" or "AccessDenied" or "MissingAuthenticationToken"
            or "InvalidAuthenticationCode" or "ExpiredToken" => 403,
        _ => 400,
    };

    public static IamException NoSuchUser(string name) => new("NoSuchEntity", $"The user with name {name} cannot be found.");
    public static IamException NoSuchGroup(string name) => new("NoSuchEntity", $"The group with name {name} cannot be found.");
    public static IamException NoSuchPolicy(string arn) => new("NoSuchEntity", $"Policy {arn} does not exist or is not attachable.");

    public static IamException Validation(string field, string? value, string constraint) =>
        new("ValidationError", $"1 validation error detected: Value {(value is null ? "null" : $"'{value}'")} at '{field}' failed to satisfy constraint: {constraint}");
}
