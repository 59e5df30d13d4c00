using IamPortal.Application.Iam;

namespace IamPortal.Application.Inventory;

/// <summary>
/// One account's inventory, built from GetAccountAuthorizationDetails + the credential report +
/// ListVirtualMFADevices (about N/1000 + 3 calls). Immutable; a refresh builds a new one.
/// </summary>
public sealed record InventorySnapshot(
    string AccountId,
    DateTimeOffset BuiltAt,
    DateTimeOffset? CredentialReportGeneratedAt,
    IReadOnlyList<UserInventoryRow> Users,
    IReadOnlyList<IamGroupDetail> Groups,
    IReadOnlyList<IamPolicyWithVersions> Policies,
    TimeSpan BuildDuration)
{
    private readonly Dictionary<string, UserInventoryRow> _byName =
        Users.ToDictionary(u => u.UserName, StringComparer.OrdinalIgnoreCase);

    public UserInventoryRow? FindUser(string userName) => _byName.GetValueOrDefault(userName);
}

public interface IInventoryService
{
    /// <summary>The cached snapshot, built on first use.</summary>
    Task<InventorySnapshot> GetAsync(CancellationToken ct = default);
    /// <summary>Rebuilds the snapshot from IAM now.</summary>
    Task<InventorySnapshot> RefreshAsync(CancellationToken ct = default);
    /// <summary>Drops the cached snapshot so the next read rebuilds it (after a mutation).</summary>
    void Invalidate();
}
