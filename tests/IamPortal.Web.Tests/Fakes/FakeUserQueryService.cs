using IamPortal.Application.Inventory;
using IamPortal.Application.Users;

namespace IamPortal.Web.Tests.Fakes;

/// <summary>Answers queries from a fixed list (paged like the real service) and records every query it receives.</summary>
public sealed class FakeUserQueryService : IUserQueryService
{
    public List<UserInventoryRow> Rows { get; set; } = [];
    public int? AccountUserCount { get; set; }
    public Exception? Failure { get; set; }
    public DateTimeOffset BuiltAt { get; set; } = TestData.Now.AddMinutes(-2);
    public List<UserQuery> Queries { get; } = [];
    public List<UserQuery> Exports { get; } = [];

    public Task<UserQueryResult> QueryAsync(UserQuery query, CancellationToken ct = default)
    {
        lock (Queries) Queries.Add(query);
        if (Failure is not null) throw Failure;
        var matching = string.IsNullOrEmpty(query.Search)
            ? Rows
            : Rows.Where(r => r.UserName.Contains(query.Search, StringComparison.OrdinalIgnoreCase)).ToList();
        var page = matching.Skip(query.Page * query.PageSize).Take(query.PageSize).ToList();
        return Task.FromResult(new UserQueryResult(page, matching.Count, AccountUserCount ?? Rows.Count, BuiltAt));
    }

    public Task<string> ExportCsvAsync(UserQuery query, CancellationToken ct = default)
    {
        Exports.Add(query);
        return Task.FromResult("UserName\n" + string.Join("\n", Rows.Select(r => r.UserName)));
    }

    public UserQuery LastQuery
    {
        get { lock (Queries) return Queries[^1]; }
    }
}
