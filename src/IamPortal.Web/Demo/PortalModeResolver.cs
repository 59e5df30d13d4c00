namespace IamPortal.Web.Demo;

/// <summary>Decides between Demo and Aws from <c>Portal:Mode</c> and, for Auto, from whether any AWS setting exists.</summary>
public static class PortalModeResolver
{
    /// <summary>Configuration keys that mean "an AWS account is configured".</summary>
    public static readonly IReadOnlyList<string> AwsConfigurationKeys = ["AWS:Profile", "AWS:Region", "AWS:ServiceURL"];

    /// <summary>Environment variables of the AWS SDKs that mean "an AWS account is configured".</summary>
    public static readonly IReadOnlyList<string> AwsEnvironmentVariables =
    [
        "AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_IAM", "AWS_WEB_IDENTITY_TOKEN_FILE",
        "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_CREDENTIALS_FULL_URI",
    ];

    public static PortalMode Resolve(IConfiguration configuration, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var configured = configuration["Portal:Mode"];
        var mode = PortalMode.Auto;
        if (!string.IsNullOrWhiteSpace(configured) && !Enum.TryParse(configured, ignoreCase: true, out mode))
        {
            throw new InvalidOperationException(
                $"Portal:Mode is '{configured}'; use Auto, Demo or Aws.");
        }
        if (mode != PortalMode.Auto) return mode;

        var awsConfigured = AwsConfigurationKeys.Any(k => !string.IsNullOrWhiteSpace(configuration[k]))
            || AwsEnvironmentVariables.Any(v => !string.IsNullOrWhiteSpace(environment(v)));
        return awsConfigured ? PortalMode.Aws : PortalMode.Demo;
    }
}
