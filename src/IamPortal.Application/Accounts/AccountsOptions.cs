namespace IamPortal.Application.Accounts;

/// <summary>
/// The <c>Accounts</c> section: the AWS accounts the portal manages. Empty (the default) means one account: the one the
/// portal's own credentials are in. Accounts come from <see cref="List"/> and, with <see cref="DiscoverFromOrganizations"/>,
/// from AWS Organizations (the portal then runs in the management account or a delegated administrator).
/// </summary>
public sealed class AccountsOptions
{
    public const string SectionName = "Accounts";

    /// <summary>Configured accounts; they win over discovered ones with the same id.</summary>
    public List<ConfiguredAccount> List { get; set; } = [];

    /// <summary>Adds every ACTIVE account of the organization (ListAccounts), reached through <see cref="RoleName"/>.</summary>
    public bool DiscoverFromOrganizations { get; set; }

    /// <summary>The role the portal assumes in discovered accounts (deploy it with the StackSet in docs/deploy).</summary>
    public string RoleName { get; set; } = "IamPortalRole";

    /// <summary>The ExternalId the discovered accounts' role trust requires, if any.</summary>
    public string? ExternalId { get; set; }

    /// <summary>How long a discovered account list is reused before Organizations is asked again.</summary>
    public TimeSpan DiscoveryLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How many accounts a refresh of every account works on at once.</summary>
    public int RefreshParallelism { get; set; } = 4;

    public bool IsMultiAccount => List.Count > 0 || DiscoverFromOrganizations;
}

/// <summary>One configured account. <see cref="RoleArn"/> empty: the portal's own credentials reach it (its home account).</summary>
public sealed class ConfiguredAccount
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? RoleArn { get; set; }
    public string? ExternalId { get; set; }
}
