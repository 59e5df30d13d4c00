namespace IamPortal.Application.Inventory;

/// <summary>
/// What a refresh already reads about the account's root user, at no extra IAM request: the credential report's
/// <c>&lt;root_account&gt;</c> row (null when the report had none) and the serial of the virtual MFA device that
/// ListVirtualMFADevices assigns to the root ARN (null: no virtual device is root's, so root's MFA, if on, is hardware).
/// </summary>
public sealed record RootAccountFacts(CredentialReportRow? Report, string? VirtualMfaSerial)
{
    public static string ArnOf(string accountId) => $"arn:aws:iam::{accountId}:root";
}
