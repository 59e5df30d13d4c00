using Amazon.Extensions.NETCore.Setup;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;

namespace IamPortal.Infrastructure.Aws;

/// <summary>
/// Decides where credentials come from and describes it for the UI, without resolving them yet.
/// The SDK silently falls back to the default chain when a named profile does not exist; this resolver
/// checks the profile first so the portal can say so.
/// </summary>
internal static class AwsCredentialSourceResolver
{
    internal const string DefaultChainDescription = "default chain (instance profile / task role / SSO)";

    internal sealed record CredentialSource(string Description, string? Warning, Func<AWSCredentials> Factory);

    public static CredentialSource Resolve(AWSOptions options, Func<string, string?> environment)
    {
        if (options.Credentials is { } explicitCredentials)
        {
            return new CredentialSource("configured credentials", null, () => explicitCredentials);
        }

        var profileName = NonEmpty(options.Profile) ?? NonEmpty(environment("AWS_PROFILE"));
        var store = new CredentialProfileStoreChain(options.ProfilesLocation);
        if (profileName is not null)
        {
            if (store.TryGetProfile(profileName, out _))
            {
                return new CredentialSource($"profile '{profileName}'", null, () => FromProfile(store, profileName, options));
            }
            var warning = $"Profile '{profileName}' was not found; the default credential chain is used instead.";
            return new CredentialSource(DefaultChainDescription, warning, () => DefaultChain(options));
        }

        if (NonEmpty(environment("AWS_ACCESS_KEY_ID")) is not null)
        {
            return new CredentialSource("environment variables", null, () => DefaultChain(options));
        }
        if (store.TryGetProfile("default", out _))
        {
            return new CredentialSource("profile 'default'", null, () => DefaultChain(options));
        }
        return new CredentialSource(DefaultChainDescription, null, () => DefaultChain(options));
    }

    private static AWSCredentials FromProfile(CredentialProfileStoreChain store, string profileName, AWSOptions options)
    {
        if (!store.TryGetAWSCredentials(profileName, out var credentials))
        {
            throw new AmazonClientException($"Profile '{profileName}' exists but holds no usable credentials.");
        }
        return options.SessionRoleArn is null ? credentials : WithoutProfile(options, credentials).GetCredentials();
    }

    /// <summary>The SDK's default search (environment, profile, SSO, web identity, container, instance metadata).</summary>
    private static AWSCredentials DefaultChain(AWSOptions options) => WithoutProfile(options, null).GetCredentials();

    private static AWSOptions WithoutProfile(AWSOptions options, AWSCredentials? credentials) => new()
    {
        Credentials = credentials,
        Region = options.Region,
        SessionRoleArn = options.SessionRoleArn,
        SessionName = options.SessionName,
        ExternalId = options.ExternalId,
    };

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
