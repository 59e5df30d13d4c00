namespace IamPortal.Infrastructure.Aws;

/// <summary>Tuning of the IAM Query API client, bound from the <c>Iam</c> configuration section.</summary>
public sealed class IamClientOptions
{
    public const string SectionName = "Iam";

    /// <summary>MaxItems sent with every paginated call (IAM accepts 1–1000). Tests lower it to force several pages.</summary>
    public int PageSize { get; set; } = 1000;

    /// <summary>MaxItems for GetAccountAuthorizationDetails; defaults to <see cref="PageSize"/> when unset.</summary>
    public int? AuthorizationDetailsPageSize { get; set; }

    /// <summary>Retries after the first attempt for throttling, 5xx (not 501) and transient network errors; other errors get none.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>Base of the exponential backoff; attempt n waits a random time in [0, min(MaxDelay, Base·2ⁿ)].</summary>
    public int BaseDelayMs { get; set; } = 200;

    public int MaxDelayMs { get; set; } = 20_000;

    /// <summary>Timeout of one attempt (not of the whole call with its retries).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// DurationSeconds of the role sessions the portal assumes in member accounts (STS: 900–43,200, capped by the role's
    /// maximum session duration; one hour when the portal itself runs in an assumed role). Sessions are renewed 5 minutes before they expire.
    /// </summary>
    public int RoleSessionDurationSeconds { get; set; } = 3600;

    /// <summary>
    /// The AWS Organizations endpoint; unset means <c>AWS_ENDPOINT_URL_ORGANIZATIONS</c>, else the custom endpoint when one
    /// is configured (the Sandbox), else <c>https://organizations.us-east-1.amazonaws.com/</c>.
    /// </summary>
    public string? OrganizationsEndpoint { get; set; }

    internal int EffectiveAuthorizationDetailsPageSize => AuthorizationDetailsPageSize ?? PageSize;

    internal IEnumerable<string> Validate()
    {
        if (PageSize is < 1 or > 1000) yield return "Iam:PageSize must be between 1 and 1000.";
        if (AuthorizationDetailsPageSize is < 1 or > 1000) yield return "Iam:AuthorizationDetailsPageSize must be between 1 and 1000.";
        if (MaxRetries is < 0 or > 20) yield return "Iam:MaxRetries must be between 0 and 20.";
        if (BaseDelayMs < 0) yield return "Iam:BaseDelayMs must not be negative.";
        if (MaxDelayMs < BaseDelayMs) yield return "Iam:MaxDelayMs must be at least Iam:BaseDelayMs.";
        if (Timeout < TimeSpan.FromMilliseconds(10) || Timeout > TimeSpan.FromHours(1)) yield return "Iam:Timeout must be between 10 ms and 1 h.";
        if (RoleSessionDurationSeconds is < 900 or > 43_200) yield return "Iam:RoleSessionDurationSeconds must be between 900 and 43200.";
        if (OrganizationsEndpoint is { Length: > 0 } url && !AwsEndpointResolver.IsHttpUrl(url))
            yield return "Iam:OrganizationsEndpoint must be an absolute http(s) URL.";
    }
}

/// <summary>Rejects out-of-range <c>Iam</c> settings with a message per problem.</summary>
internal sealed class IamClientOptionsValidator : Microsoft.Extensions.Options.IValidateOptions<IamClientOptions>
{
    public Microsoft.Extensions.Options.ValidateOptionsResult Validate(string? name, IamClientOptions options)
    {
        var errors = options.Validate().ToList();
        return errors.Count == 0
            ? Microsoft.Extensions.Options.ValidateOptionsResult.Success
            : Microsoft.Extensions.Options.ValidateOptionsResult.Fail(errors);
    }
}
