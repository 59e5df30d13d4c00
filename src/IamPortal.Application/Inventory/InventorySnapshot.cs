using IamPortal.Application.Accounts;
using IamPortal.Application.Iam;

namespace IamPortal.Application.Inventory;

/// <summary>
/// One account's inventory, built from GetAccountAuthorizationDetails + the credential report +
/// ListVirtualMFADevices (about N/1000 + 3 calls), naming the account it was read from. Immutable; a refresh builds a new one.
/// <see cref="Policies"/> holds the customer managed policies and the AWS managed policies attached to someone, each with
/// its versions and documents (<see cref="IamManagedPolicy.IsAwsManaged"/> tells them apart).
/// </summary>
public sealed record InventorySnapshot(
    AccountContext Account,
    DateTimeOffset BuiltAt,
    DateTimeOffset? CredentialReportGeneratedAt,
    IReadOnlyList<UserInventoryRow> Users,
    IReadOnlyList<IamGroupDetail> Groups,
    IReadOnlyList<IamPolicyWithVersions> Policies,
    TimeSpan BuildDuration)
{
    private readonly Dictionary<string, UserInventoryRow> _byName =
        Users.ToDictionary(u => u.UserName, StringComparer.OrdinalIgnoreCase);

    public string AccountId => Account.AccountId;

    /// <summary>The root user's credential report row and virtual MFA device; null when the snapshot was not built from IAM's reads.</summary>
    public RootAccountFacts? Root { get; init; }

    private readonly Dictionary<string, IamGroupDetail> _groupsByName =
        Groups.GroupBy(g => g.Group.GroupName, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, IamPolicyWithVersions> _policiesByArn =
        Policies.GroupBy(p => p.Policy.Arn, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private readonly Lazy<ILookup<string, string>> _members = new(() => Users
        .SelectMany(u => u.Groups.Select(g => (Group: g, User: u.UserName)))
        .ToLookup(m => m.Group, m => m.User, StringComparer.OrdinalIgnoreCase));

    public UserInventoryRow? FindUser(string userName) => _byName.GetValueOrDefault(userName);

    public IamGroupDetail? FindGroup(string groupName) => _groupsByName.GetValueOrDefault(groupName);

    /// <summary>A customer managed policy, or an AWS managed policy attached to someone, with its versions.</summary>
    public IamPolicyWithVersions? FindPolicy(string policyArn) => _policiesByArn.GetValueOrDefault(policyArn);

    /// <summary>The JSON of the policy's default version; null when the snapshot does not hold the policy.</summary>
    public string? PolicyDocument(string policyArn) =>
        FindPolicy(policyArn)?.Versions.FirstOrDefault(v => v.IsDefaultVersion)?.Document;

    /// <summary>The names of the group's members (from the users' rows), in the users' order.</summary>
    public IReadOnlyList<string> GroupMembers(string groupName) => [.. _members.Value[groupName]];

    /// <summary>This snapshot with one user's row replaced, added, or (null) removed; users stay sorted by name.</summary>
    public InventorySnapshot WithUser(string userName, UserInventoryRow? row)
    {
        var users = Users.Where(u => !string.Equals(u.UserName, userName, StringComparison.OrdinalIgnoreCase));
        if (row is not null) users = users.Append(row);
        return new InventorySnapshot(Account, BuiltAt, CredentialReportGeneratedAt,
            users.OrderBy(u => u.UserName, StringComparer.OrdinalIgnoreCase).ToList(), Groups, Policies, BuildDuration) { Root = Root };
    }
}
