namespace IamPortal.Sandbox;

/// <summary>Fixed identity of the sandbox account and of the operator credentials it always accepts.</summary>
public static class SandboxAccount
{
    public const string AccountId = "123456789012";
    public const string Alias = "iam-sandbox-demo";
    public const string OperatorAccessKeyId = "AKIAIOSFODNN7EXAMPLE";
    public const string OperatorSecretAccessKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    public const string OperatorRoleArn = "arn:aws:sts::123456789012:assumed-role/IamPortalRole/iam-portal";
    public const string Region = "us-east-1";

    /// <summary>The unique id IAM would give the operator's role session (role id + session name).</summary>
    public const string OperatorUserId = "AROAQSANDBOXPORTAL01:iam-portal";
}
