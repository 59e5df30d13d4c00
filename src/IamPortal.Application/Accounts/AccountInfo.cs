namespace IamPortal.Application.Accounts;

/// <summary>The AWS account the portal acts on, and how it reaches it.</summary>
public sealed record AccountInfo(
    string AccountId,
    string? Alias,
    string CallerArn,
    bool IsSandbox,
    string Endpoint,
    string Region,
    string CredentialSource,
    string? Warning);

/// <summary>Where the portal's AWS identity comes from; supplied by Infrastructure, read by <see cref="IAccountService"/>.</summary>
public sealed record AwsConnectionInfo(string Endpoint, string Region, string CredentialSource, bool IsSandbox, string? Warning);
