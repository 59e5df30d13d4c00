namespace IamPortal.Infrastructure.Aws;

/// <summary>
/// Points the IAM and STS clients at a fixed endpoint with static keys, bypassing the AWS configuration.
/// Demo mode and the tests use it to talk to the Sandbox.
/// </summary>
public sealed record IamConnectionOverride(Uri ServiceUrl, string AccessKeyId, string SecretAccessKey, string Region = "us-east-1", bool IsSandbox = true)
{
    public override string ToString() => $"IamConnectionOverride {{ ServiceUrl = {ServiceUrl}, AccessKeyId = {AccessKeyId}, SecretAccessKey = ***, Region = {Region}, IsSandbox = {IsSandbox} }}";
}
