namespace IamPortal.Application.Inventory;

/// <summary>One parsed row of IAM's credential report. Cells IAM writes as N/A, no_information or not_supported become null.</summary>
public sealed record CredentialReportRow(
    string User,
    string Arn,
    DateTimeOffset? UserCreationTime,
    bool PasswordEnabled,
    DateTimeOffset? PasswordLastUsed,
    DateTimeOffset? PasswordLastChanged,
    DateTimeOffset? PasswordNextRotation,
    bool MfaActive,
    AccessKeySlot AccessKey1,
    AccessKeySlot AccessKey2,
    bool Cert1Active,
    bool Cert2Active)
{
    public const string RootUser = "<root_account>";
    public bool IsRoot => User == RootUser;
}
