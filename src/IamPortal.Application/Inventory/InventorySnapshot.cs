using IamPortal.Application.Accounts;
using IamPortal.Application.Iam;

namespace IamPortal.Application.Inventory;

/// <summary>
/// One account's inventory, built from GetAccountAuthorizationDetails + the credential report +
/// ListVirtualMFADevices (about N/1000 + 3 calls), naming the account it was read from. Immutable; a refresh builds a new one.
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

    public UserInventoryRow? FindUser(string userName) => _byName.GetValueOrDefault(userName);

    /// <summary>This snapshot with one user's row replaced, added, or (null) removed; users stay sorted by name.</summary>
    public InventorySnapshot WithUser(string userName, UserInventoryRow? row)
    {
        var users = Users.Where(u => !string.Equals(u.UserName, userName, StringComparison.OrdinalIgnoreCase));
        if (row is not null) users = users.Append(row);
        return new InventorySnapshot(Account, BuiltAt, CredentialReportGeneratedAt,
            users.OrderBy(u => u.UserName, StringComparer.OrdinalIgnoreCase).ToList(), Groups, Policies, BuildDuration);
    }
}
