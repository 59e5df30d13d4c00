namespace IamPortal.Application.Accounts;

/// <summary>AWS Organizations, read with the portal's own credentials (the management account or a delegated administrator).</summary>
public interface IOrganizationsClient
{
    /// <summary>The organization the portal's account belongs to (Organizations' DescribeOrganization).</summary>
    Task<OrganizationDescription> DescribeOrganizationAsync(CancellationToken ct = default);

    /// <summary>Every account of the organization, all pages (Organizations' ListAccounts), whatever their state.</summary>
    Task<IReadOnlyList<OrganizationAccount>> ListAccountsAsync(CancellationToken ct = default);
}

/// <summary>An organization: its id, ARN, management account and feature set (ALL or CONSOLIDATED_BILLING).</summary>
public sealed record OrganizationDescription(string Id, string Arn, string MasterAccountId, string? MasterAccountEmail, string FeatureSet);

/// <summary>
/// One account of the organization as ListAccounts describes it. <see cref="Status"/> is ACTIVE | SUSPENDED |
/// PENDING_CLOSURE; the newer <see cref="State"/> (ACTIVE, SUSPENDED, PENDING_ACTIVATION, PENDING_CLOSURE, CLOSED) wins
/// when present.
/// </summary>
public sealed record OrganizationAccount(
    string Id,
    string Arn,
    string Email,
    string Name,
    string Status,
    string? State,
    string? JoinedMethod,
    DateTimeOffset? JoinedTimestamp)
{
    public const string Active = "ACTIVE";

    /// <summary>Whether the portal should reach the account: only ACTIVE is, by State when present, else by Status.</summary>
    public bool IsActive => string.Equals(State ?? Status, Active, StringComparison.Ordinal);
}
