using Amazon.Runtime;
using IamPortal.Application.Accounts;

namespace IamPortal.Infrastructure.Aws.RoleSessions;

/// <summary>Temporary credentials from STS AssumeRole (an ASIA… key, its secret and session token) and when they expire.</summary>
internal sealed record RoleSession(SessionAWSCredentials Credentials, DateTimeOffset Expiration)
{
    public override string ToString() => $"RoleSession {{ Expiration = {Expiration:O} }}";
}

/// <summary>Assumes a target's role, optionally with a SourceIdentity; throws an IamException when STS refuses.</summary>
internal interface IRoleAssumer
{
    Task<RoleSession> AssumeAsync(AwsTarget target, string? sourceIdentity, CancellationToken ct);
}
