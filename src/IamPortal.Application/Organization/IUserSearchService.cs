using IamPortal.Application.Accounts;
using IamPortal.Application.Commands;

namespace IamPortal.Application.Organization;

/// <summary>One user found in one account, and what of theirs matched (their name, ARN, or a tag's value).</summary>
public sealed record UserSearchHit(PortalAccount Account, string UserName, string Arn, string Matched, DateTimeOffset? LastActivity);

/// <summary>
/// The hits (at most the limit asked for, by account then name), how many matched in all, and the accounts whose
/// inventory could not be read (with the reason), which were not searched.
/// </summary>
public sealed record UserSearchResult(string Text, IReadOnlyList<UserSearchHit> Hits, int TotalMatches, int AccountsSearched,
    IReadOnlyList<AccountOverviewRow> FailedAccounts)
{
    public bool Truncated => TotalMatches > Hits.Count;
}

/// <summary>Search for users across every account the operator can read (/organization/search), over the cached inventories.</summary>
public interface IUserSearchService
{
    /// <summary>Case-insensitive "contains" on user name, ARN and tag values; an empty text is refused at the field.</summary>
    Task<CommandResult<UserSearchResult>> SearchAsync(string? text, int limit = UserSearch.DefaultLimit, CancellationToken ct = default);
}

/// <summary>The search's field and how one user matches.</summary>
public static class UserSearch
{
    public const string TextField = "Text";
    public const int DefaultLimit = 500;

    /// <summary>What matched: "name", "ARN" or "tag Key"; null when nothing did.</summary>
    public static string? Match(Inventory.UserInventoryRow user, string text)
    {
        if (user.UserName.Contains(text, StringComparison.OrdinalIgnoreCase)) return "name";
        if (user.Arn.Contains(text, StringComparison.OrdinalIgnoreCase)) return "ARN";
        foreach (var tag in user.Tags)
            if (tag.Value.Contains(text, StringComparison.OrdinalIgnoreCase)) return $"tag {tag.Key}";
        return null;
    }
}
