using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;

namespace IamPortal.Application.Groups;

/// <summary>Group look-ups over an inventory snapshot (IAM names compare case-insensitively).</summary>
public static class GroupInventory
{
    public static IamGroupDetail? FindGroup(this InventorySnapshot snapshot, string groupName) =>
        snapshot.Groups.FirstOrDefault(g => string.Equals(g.Group.GroupName, groupName, StringComparison.OrdinalIgnoreCase));

    /// <summary>The users whose group list names the group, by name.</summary>
    public static IEnumerable<UserInventoryRow> MembersOf(this InventorySnapshot snapshot, string groupName) =>
        snapshot.Users.Where(u => u.Groups.Contains(groupName, StringComparer.OrdinalIgnoreCase))
            .OrderBy(u => u.UserName, StringComparer.OrdinalIgnoreCase);
}
