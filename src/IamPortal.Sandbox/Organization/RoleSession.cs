namespace IamPortal.Sandbox.Organization;

/// <summary>Temporary credentials issued by AssumeRole: who they act as, until when, and for which human (SourceIdentity).</summary>
public sealed record RoleSession(
    string AccessKeyId,
    string SecretAccessKey,
    string SessionToken,
    DateTimeOffset Expiration,
    OrganizationAccount Account,
    string RoleName,
    string SessionName,
    string? SourceIdentity)
{
    public string RoleArn => Account.RoleArn(RoleName);

    public string AssumedRoleId => $"{Account.RoleId(RoleName)}:{SessionName}";

    public string Arn => $"arn:aws:sts::{Account.Id}:assumed-role/{RoleName}/{SessionName}";
}
