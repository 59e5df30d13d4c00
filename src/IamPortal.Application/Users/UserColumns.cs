using IamPortal.Application.Inventory;

namespace IamPortal.Application.Users;

public enum ColumnKind { Text, Number, Date, Boolean, Severity }

/// <summary>A column of the users list: how to read it, sort it and filter it.</summary>
public sealed record UserColumn(string Name, string Title, ColumnKind Kind, Func<UserInventoryRow, object?> Read);

/// <summary>The users list's columns by the property name the grid uses.</summary>
public static class UserColumns
{
    public static readonly IReadOnlyList<UserColumn> All =
    [
        new(nameof(UserInventoryRow.UserName), "User name", ColumnKind.Text, r => r.UserName),
        new(nameof(UserInventoryRow.Path), "Path", ColumnKind.Text, r => r.Path),
        new(nameof(UserInventoryRow.GroupsText), "Groups", ColumnKind.Text, r => r.GroupsText),
        new(nameof(UserInventoryRow.LastActivity), "Last activity", ColumnKind.Date, r => r.LastActivity),
        new(nameof(UserInventoryRow.MfaActive), "MFA", ColumnKind.Boolean, r => r.MfaActive),
        new(nameof(UserInventoryRow.PasswordEnabled), "Console access", ColumnKind.Boolean, r => r.PasswordEnabled),
        new(nameof(UserInventoryRow.PasswordAgeDays), "Password age (days)", ColumnKind.Number, r => r.PasswordAgeDays),
        new(nameof(UserInventoryRow.PasswordLastUsed), "Console last sign-in", ColumnKind.Date, r => r.PasswordLastUsed),
        new(nameof(UserInventoryRow.ActiveKeyCount), "Active keys", ColumnKind.Number, r => r.ActiveKeyCount),
        new(nameof(UserInventoryRow.ActiveKeyAgeDays), "Active key age (days)", ColumnKind.Number, r => r.ActiveKeyAgeDays),
        new(nameof(UserInventoryRow.AccessKeyLastUsed), "Access key last used", ColumnKind.Date, r => r.AccessKeyLastUsed),
        new(nameof(UserInventoryRow.CreateDate), "Created", ColumnKind.Date, r => r.CreateDate),
        new(nameof(UserInventoryRow.Arn), "ARN", ColumnKind.Text, r => r.Arn),
        new(nameof(UserInventoryRow.UserId), "User ID", ColumnKind.Text, r => r.UserId),
        new(nameof(UserInventoryRow.PermissionsBoundaryArn), "Permissions boundary", ColumnKind.Text, r => r.PermissionsBoundaryArn),
        new("AttachedPolicyCount", "Attached policies", ColumnKind.Number, r => r.AttachedPolicies.Count),
        new(nameof(UserInventoryRow.InlinePolicyCount), "Inline policies", ColumnKind.Number, r => r.InlinePolicyCount),
        new("TagsText", "Tags", ColumnKind.Text, r => string.Join("; ", r.Tags.Select(t => $"{t.Key}={t.Value}"))),
        new(nameof(UserInventoryRow.Risk), "Risk", ColumnKind.Severity, r => r.Risk),
    ];

    private static readonly Dictionary<string, UserColumn> ByName = All.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);

    public static UserColumn Get(string name) =>
        ByName.TryGetValue(name, out var column) ? column : throw new ArgumentException($"Unknown column '{name}'.", nameof(name));
}
