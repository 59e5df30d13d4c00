using IamPortal.Application.Iam;

namespace IamPortal.Application.Tests.Fakes;

/// <summary>Answers for every per-user read of an NSubstitute IAM fake, so a test configures only what it is about.</summary>
public static class IamUserReads
{
    /// <summary>The user exists and has nothing: no tags, groups, policies, password, keys, MFA or other credentials.</summary>
    public static IIamClient AnsweringEmptyUser(this IIamClient iam, IamUser user)
    {
        iam.Configure().GetUserAsync(default!).ReturnsForAnyArgs(_ => user);
        iam.Configure().ListUserTagsAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamTag>)[]);
        iam.Configure().ListGroupsForUserAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamGroup>)[]);
        iam.Configure().ListAttachedUserPoliciesAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamAttachedPolicy>)[]);
        iam.Configure().ListUserPoliciesAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<string>)[]);
        iam.Configure().GetLoginProfileAsync(default!).ReturnsForAnyArgs(_ => (IamLoginProfile?)null);
        iam.Configure().ListAccessKeysAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamAccessKey>)[]);
        iam.Configure().ListMfaDevicesAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamMfaDevice>)[]);
        iam.Configure().ListSigningCertificatesAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamSigningCertificate>)[]);
        iam.Configure().ListSshPublicKeysAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamSshPublicKey>)[]);
        iam.Configure().ListServiceSpecificCredentialsAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamServiceSpecificCredential>)[]);
        return iam;
    }

    /// <summary>What a portal role without one permission gets from IAM.</summary>
    public static IamAccessDeniedException Denied(string action) =>
        new($"User: arn:aws:sts::123456789012:assumed-role/portal/session is not authorized to perform: iam:{action}", "req-denied");

    /// <summary>IAM's internal error, as the client reports it once its retries are spent.</summary>
    public static IamException ServiceFailure() => new(IamErrorCodes.ServiceFailure, "We encountered an internal error. Please try again.", "req-500", 500);
}
