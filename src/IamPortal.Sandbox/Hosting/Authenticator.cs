using IamPortal.Sandbox.Auth;
using IamPortal.Sandbox.Protocol;
using IamPortal.Sandbox.State;

namespace IamPortal.Sandbox.Hosting;

/// <summary>Turns a signed request into a <see cref="CallerIdentity"/>, or an IAM authentication error.</summary>
public sealed class Authenticator(IamState state)
{
    private const string InvalidToken = "The security token included in the request is invalid.";

    public CallerIdentity Authenticate(SigV4Request request, string? authorizationHeader, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(authorizationHeader))
            throw new IamException("MissingAuthenticationToken", "Request is missing Authentication Token", 403);
        var auth = SigV4Authorization.Parse(authorizationHeader)
            ?? throw new IamException("IncompleteSignature", "Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters.", 403);

        if (auth.AccessKeyId == SandboxAccount.OperatorAccessKeyId)
        {
            Check(request, auth, SandboxAccount.OperatorSecretAccessKey);
            return new CallerIdentity(auth.AccessKeyId, SandboxAccount.OperatorRoleArn, SandboxAccount.OperatorUserId, null, auth.Service, auth.Region);
        }

        UserEntity user;
        AccessKey key;
        string secret;
        lock (state.Sync)
        {
            if (!state.AccessKeys.TryGetValue(auth.AccessKeyId, out var entry) || entry.Key.Status != "Active")
                throw new IamException("InvalidClientTokenId", InvalidToken, 403);
            (user, key, secret) = (entry.User, entry.Key, entry.Key.SecretAccessKey);
        }
        Check(request, auth, secret);
        lock (state.Sync)
        {
            key.LastUsedDate = now;
            key.LastUsedService = auth.Service;
            key.LastUsedRegion = auth.Region;
            state.Touch();
            return new CallerIdentity(auth.AccessKeyId, user.Arn, user.UserId, user, auth.Service, auth.Region);
        }
    }

    private static void Check(SigV4Request request, SigV4Authorization auth, string secret)
    {
        if (!SigV4Verifier.Verify(request, auth, secret))
            throw new IamException("SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.", 403);
    }
}
