using Amazon.SecurityToken.Model;
using IamPortal.Application.Accounts;
using IamPortal.Application.Iam;
using IamPortal.Infrastructure.Aws.RoleSessions;

namespace IamPortal.Infrastructure.Aws;

/// <summary>
/// <see cref="IStsClient"/> over AWSSDK.SecurityToken, for the scope's target: GetCallerIdentity in a member account
/// answers with that account and the assumed-role ARN; GetAccessKeyInfo always asks with the portal's own credentials.
/// Scoped (it reads <see cref="IAwsTargetAccessor"/>); the SDK clients are shared (<see cref="StsSdkClients"/>).
/// </summary>
internal sealed class StsClient(StsSdkClients clients, RoleSessionCache sessions, IAwsTargetAccessor accessor) : IStsClient
{
    public async Task<CallerIdentity> GetCallerIdentityAsync(CancellationToken ct = default)
    {
        var client = accessor.Target is { IsAssumed: true } target
            ? await ForTargetAsync(target, ct).ConfigureAwait(false)
            : await clients.OwnAsync(ct).ConfigureAwait(false);
        var response = await StsErrors.CallAsync(() => client.GetCallerIdentityAsync(new GetCallerIdentityRequest(), ct),
            clients.Endpoint, "", ct).ConfigureAwait(false);
        return new CallerIdentity(response.Account, response.Arn, response.UserId);
    }

    public async Task<string> GetAccessKeyInfoAsync(string accessKeyId, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessKeyId);
        var client = await clients.OwnAsync(ct).ConfigureAwait(false);
        var response = await StsErrors.CallAsync(() => client.GetAccessKeyInfoAsync(new GetAccessKeyInfoRequest { AccessKeyId = accessKeyId.Trim() }, ct),
            clients.Endpoint, "", ct).ConfigureAwait(false);
        return response.Account;
    }

    /// <summary>The target's client, with its role session assumed first so that a refused AssumeRole surfaces as itself.</summary>
    private async Task<Amazon.SecurityToken.AmazonSecurityTokenServiceClient> ForTargetAsync(AwsTarget target, CancellationToken ct)
    {
        await sessions.GetAsync(target, sourceIdentity: null, ct).ConfigureAwait(false);
        return await clients.ForTargetAsync(target, sessions, ct).ConfigureAwait(false);
    }
}
