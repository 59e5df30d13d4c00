using IamPortal.Application.Inventory;

namespace IamPortal.Web.Features.Users;

/// <summary>
/// The users grid's optional columns and which of them show. The default set fits a 1280-pixel screen; the operator's
/// choice lasts for the circuit (one instance per circuit, scoped), so it survives leaving the list and coming back.
/// </summary>
public sealed class UsersGridColumns
{
    public sealed record OptionalColumn(string Key, string Title, bool ShownByDefault);

    /// <summary>Every column but the user name (always shown) and the selection, in the grid's order.</summary>
    public static readonly IReadOnlyList<OptionalColumn> Optional =
    [
        new(nameof(UserInventoryRow.Path), "Path", false),
        new(nameof(UserInventoryRow.GroupsText), "Groups", false), // the quick search matches group names; Risk took its place in 1,280 pixels
        new(nameof(UserInventoryRow.Risk), "Risk", true),
        new(nameof(UserInventoryRow.LastActivity), "Last activity", true),
        new(nameof(UserInventoryRow.MfaActive), "MFA", true),
        new(nameof(UserInventoryRow.PasswordAgeDays), "Password age", false),
        new(nameof(UserInventoryRow.PasswordLastUsed), "Console last sign-in", false),
        new(nameof(UserInventoryRow.ActiveKeyAgeDays), "Active key age", true),
        new(nameof(UserInventoryRow.AccessKeyLastUsed), "Access key last used", false),
        new(nameof(UserInventoryRow.CreateDate), "Created", false),
    ];

    private readonly HashSet<string> _shown = Optional.Where(c => c.ShownByDefault).Select(c => c.Key).ToHashSet();

    public bool IsShown(string key) => _shown.Contains(key);

    public bool IsHidden(string key) => !IsShown(key);

    public void Toggle(string key)
    {
        if (!_shown.Remove(key)) _shown.Add(key);
    }
}
