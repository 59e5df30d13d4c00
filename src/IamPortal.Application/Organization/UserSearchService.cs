using IamPortal.Application.Accounts;
using IamPortal.Application.Commands;
using IamPortal.Application.Inventory;
using IamPortal.Application.Operators;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Application.Organization;

/// <summary>
/// <see cref="IUserSearchService"/>: each readable account's cached inventory is read in that account's scope (as the
/// operator with their role there) and searched in memory; no IAM call per user.
/// </summary>
public sealed class UserSearchService(ReadableAccounts readable, EveryAccount everyAccount, IOperatorContext operators) : IUserSearchService
{
    public async Task<CommandResult<UserSearchResult>> SearchAsync(string? text, int limit = UserSearch.DefaultLimit, CancellationToken ct = default)
    {
        var term = text?.Trim();
        if (string.IsNullOrEmpty(term)) return CommandResult.Invalid<UserSearchResult>(UserSearch.TextField, "Type a name, an ARN or a tag value to search for.");
        return await CommandResult.CaptureAsync(async () =>
        {
            var accounts = await readable.RequireAsync("search users across accounts", ct);
            var outcomes = await everyAccount.RunAsync(accounts, operators.For, async (sp, account, c) =>
            {
                var snapshot = await sp.GetRequiredService<IInventoryService>().GetAsync(c);
                return Search(account, snapshot, term);
            }, ct: ct);
            var all = outcomes.Where(o => o.Succeeded).SelectMany(o => o.Value!).ToList();
            var failed = outcomes.Where(o => !o.Succeeded).Select(o => new AccountOverviewRow(o.Account, null, null, o.Error)).ToList();
            return new UserSearchResult(term, all.Take(Math.Max(1, limit)).ToList(), all.Count, outcomes.Count(o => o.Succeeded), failed);
        });
    }

    private static List<UserSearchHit> Search(PortalAccount account, InventorySnapshot snapshot, string term)
    {
        var hits = new List<UserSearchHit>();
        foreach (var user in snapshot.Users)
            if (UserSearch.Match(user, term) is { } matched)
                hits.Add(new UserSearchHit(account, user.UserName, user.Arn, matched, user.LastActivity));
        return hits;
    }
}
