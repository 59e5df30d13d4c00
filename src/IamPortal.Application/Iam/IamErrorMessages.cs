using IamPortal.Application.Iam;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Iam;

/// <summary>Turns IAM's error codes into sentences an operator can act on. IAM's own message is kept as detail.</summary>
public static class IamErrorMessages
{
    public static string Describe(Exception exception) => exception switch
    {
        PortalAccessDeniedException denied => denied.Message,
        Jobs.JobStepRefusedException refused => refused.Message,
        IamException iam => $"{Summary(iam.Code)} {Detail(iam)}".Trim(),
        OperationCanceledException => "The operation was cancelled.",
        _ => "Something went wrong while talking to IAM. The error was logged; try again.",
    };

    public static string Summary(string code) => code switch
    {
        IamErrorCodes.NoSuchEntity => "It no longer exists in IAM (it may have been deleted or renamed).",
        IamErrorCodes.EntityAlreadyExists => "Something with that name already exists (IAM names are case-insensitive).",
        IamErrorCodes.DeleteConflict => "IAM refused the deletion because something is still attached to it.",
        IamErrorCodes.LimitExceeded => "An IAM quota would be exceeded.",
        IamErrorCodes.ConcurrentModification => "Someone else changed this at the same moment; reload and try again.",
        IamErrorCodes.MalformedPolicyDocument => "The policy document is not valid.",
        IamErrorCodes.PolicyNotAttachable => "That policy cannot be attached.",
        IamErrorCodes.InvalidInput or IamErrorCodes.ValidationError => "IAM rejected a value.",
        IamErrorCodes.PasswordPolicyViolation => "The password does not satisfy the account's password policy.",
        IamErrorCodes.EntityTemporarilyUnmodifiable => "IAM cannot change this right now; try again in a few minutes.",
        IamErrorCodes.ReportNotPresent or IamErrorCodes.ReportExpired => "The credential report is not available yet; it is being generated.",
        IamErrorCodes.ReportInProgress => "The credential report is still being generated.",
        IamErrorCodes.ServiceFailure => "IAM had an internal error; try again.",
        IamErrorCodes.InvalidClientTokenId => "The portal's AWS credentials are not recognised by the endpoint.",
        IamErrorCodes.SignatureDoesNotMatch => "The portal's AWS secret key is wrong for its access key.",
        IamErrorCodes.AccessDenied => "The portal's AWS role is not allowed to do this; its IAM policy needs the permission.",
        IamErrorCodes.EndpointUnreachable => "The IAM endpoint could not be reached.",
        IamErrorCodes.NotImplemented => "The IAM endpoint does not implement this.",
        IamErrorCodes.MalformedResponse => "IAM's answer was missing something the portal needs.",
        "InvalidAuthenticationCode" => "The MFA codes were not accepted; enter two consecutive codes from the device.",
        _ when IamErrorCodes.IsThrottling(code) => "AWS is throttling requests right now; wait a moment and try again.",
        _ => $"IAM returned an error ({code}).",
    };

    private static string Detail(IamException e) =>
        string.IsNullOrWhiteSpace(e.Message) ? "" : $"IAM says: {e.Message}" + (e.RequestId is { } id ? $" (request {id})" : "");
}
