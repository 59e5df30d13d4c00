using Amazon.Runtime;
using Amazon.SecurityToken.Model;
using IamPortal.Application.Accounts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IamPortal.Infrastructure.Aws.RoleSessions;

/// <summary>
/// STS AssumeRole with the portal's own credentials into a target's role: session name <see cref="SessionName"/>, the
/// configured duration, the target's ExternalId and, for changes, the operator as SourceIdentity. A refusal becomes an
/// IamException saying which role in which account, with STS's code (AccessDenied, ...) and message. Logs the role,
/// account and expiry; never keys, secrets or tokens.
/// </summary>
internal sealed partial class StsRoleAssumer(StsSdkClients clients, IOptions<IamClientOptions> options, ILogger<StsRoleAssumer> logger) : IRoleAssumer
{
    /// <summary>The RoleSessionName CloudTrail shows beside the SourceIdentity (2–64 of <c>[\w+=,.@-]</c>).</summary>
    public const string SessionName = "iam-portal";

    public async Task<RoleSession> AssumeAsync(AwsTarget target, string? sourceIdentity, CancellationToken ct)
    {
        var client = await clients.OwnAsync(ct).ConfigureAwait(false);
        var request = new AssumeRoleRequest
        {
            RoleArn = target.RoleArn,
            RoleSessionName = SessionName,
            DurationSeconds = options.Value.RoleSessionDurationSeconds,
            ExternalId = target.ExternalId,
            SourceIdentity = sourceIdentity,
        };
        var describe = $"The portal could not assume {target.RoleArn} in account {target.AccountId}: ";
        try
        {
            var response = await StsErrors.CallAsync(() => client.AssumeRoleAsync(request, ct), clients.Endpoint, describe, ct).ConfigureAwait(false);
            var c = response.Credentials;
            if (c?.Expiration is not { } expires)
                throw new Application.Iam.IamException(IamXmlReader.MalformedResponse, describe + "STS returned no credentials or no expiry.");
            var expiration = new DateTimeOffset(expires.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(expires, DateTimeKind.Utc) : expires);
            LogAssumed(target.RoleArn, target.AccountId, sourceIdentity ?? "(none)", expiration);
            return new RoleSession(new SessionAWSCredentials(c.AccessKeyId, c.SecretAccessKey, c.SessionToken), expiration);
        }
        catch (Application.Iam.IamException e)
        {
            LogRefused(target.RoleArn, target.AccountId, e.Code);
            throw;
        }
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Information,
        Message = "STS AssumeRole {RoleArn} in account {AccountId}, SourceIdentity {SourceIdentity}: session until {Expiration:O}")]
    private partial void LogAssumed(string? roleArn, string accountId, string sourceIdentity, DateTimeOffset expiration);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning, Message = "STS AssumeRole {RoleArn} in account {AccountId} refused: {ErrorCode}")]
    private partial void LogRefused(string? roleArn, string accountId, string errorCode);
}
