using IamPortal.Sandbox.Auth;
using IamPortal.Sandbox.Organization;
using IamPortal.Sandbox.Protocol;

namespace IamPortal.Sandbox.Hosting;

/// <summary>
/// Turns a signed request into a <see cref="CallerIdentity"/> in the account the key belongs to, or an authentication
/// error: operator keys of every account, IAM users' keys (their account), AssumeRole sessions (the role's account,
/// with the session token checked and the expiry enforced).
/// </summary>
public sealed class Authenticator(SandboxOrganization organization)
{
    public const string InvalidToken = "The security token included in the request is invalid.";

    public CallerIdentity Authenticate(SigV4Request request, string? authorizationHeader, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(authorizationHeader))
            throw new IamException("MissingAuthenticationToken", "Request is missing Authentication Token", 403);
        var auth = SigV4Authorization.Parse(authorizationHeader)
            ?? throw new IamException("IncompleteSignature", "Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters.", 403);

        if (organization.FindByOperatorKey(auth.AccessKeyId) is { } operatorAccount)
        {
            Check(request, auth, operatorAccount.OperatorSecretAccessKey);
            return new CallerIdentity(auth.AccessKeyId, operatorAccount.OperatorArn, operatorAccount.OperatorUserId, null, auth.Service, auth.Region, operatorAccount);
        }
        if (auth.AccessKeyId.StartsWith("ASIA", StringComparison.Ordinal)) return Session(request, auth, now);

        if (organization.FindUserKey(auth.AccessKeyId) is not { } found || found.Key.Status != "Active")
            throw new IamException("InvalidClientTokenId", InvalidToken, 403);
        var (account, user, key) = found;
        string secret;
        lock (account.State.Sync) secret = key.SecretAccessKey;
        Check(request, auth, secret);
        lock (account.State.Sync)
        {
            key.LastUsedDate = now;
            key.LastUsedService = auth.Service;
            key.LastUsedRegion = auth.Region;
            account.State.Touch();
            return new CallerIdentity(auth.AccessKeyId, user.Arn, user.UserId, user, auth.Service, auth.Region, account);
        }
    }

    /// <summary>An ASIA key: the issued session, its token in the signed X-Amz-Security-Token header, not yet expired.</summary>
    private CallerIdentity Session(SigV4Request request, SigV4Authorization auth, DateTimeOffset now)
    {
        var session = organization.Sessions.Find(auth.AccessKeyId) ?? throw new IamException("InvalidClientTokenId", InvalidToken, 403);
        var signed = auth.SignedHeaders.Contains("x-amz-security-token", StringComparer.OrdinalIgnoreCase);
        if (!signed || !request.Headers.TryGetValue("x-amz-security-token", out var token) || !string.Equals(token, session.SessionToken, StringComparison.Ordinal))
            throw new IamException("InvalidClientTokenId", InvalidToken, 403);
        if (now >= session.Expiration)
            throw new IamException("ExpiredToken", "The security token included in the request is expired", 403);
        Check(request, auth, session.SecretAccessKey);
        return new CallerIdentity(auth.AccessKeyId, session.Arn, session.AssumedRoleId, null, auth.Service, auth.Region, session.Account, session);
    }

    private static void Check(SigV4Request request, SigV4Authorization auth, string secret)
    {
        if (!SigV4Verifier.Verify(request, auth, secret))
            throw new IamException("SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.", 403);
    }
}
